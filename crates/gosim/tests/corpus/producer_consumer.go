package main

import (
	"fmt"
	"sync"
)

type Item struct {
	Producer int
	Seq      int
}

func main() {
	items := make(chan Item, 4)
	var producers sync.WaitGroup
	for p := 1; p <= 3; p++ {
		producers.Add(1)
		go func() {
			defer producers.Done()
			for s := 1; s <= 5; s++ {
				items <- Item{p, s}
			}
		}()
	}
	go func() {
		producers.Wait()
		close(items)
	}()

	perProducer := map[int]int{}
	lastSeq := map[int]int{}
	inOrder := true
	total := 0
	for it := range items {
		perProducer[it.Producer]++
		// Items from one producer arrive in the order it sent them.
		if it.Seq != lastSeq[it.Producer]+1 {
			inOrder = false
		}
		lastSeq[it.Producer] = it.Seq
		total += it.Producer * it.Seq
	}
	fmt.Println("per producer:", perProducer)
	fmt.Println("each producer's items in order:", inOrder)
	fmt.Println("weighted total:", total)
}
