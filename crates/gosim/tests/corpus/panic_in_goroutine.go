package main

import (
	"fmt"
	"sync"
)

func process(id int, results chan<- int) {
	if id == 3 {
		panic(fmt.Sprintf("worker %d: cannot process", id))
	}
	results <- id * id
}

func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	// Workers run one at a time, so the output is deterministic.
	for id := 1; id <= 4; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			process(id, results)
		}()
		fmt.Println("worker", id, "result", <-results)
	}
	wg.Wait()
	fmt.Println("never printed")
}
