package main

import (
	"fmt"
	"strings"
	"sync"
)

func slowReverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	inputs := strings.Fields("stressed drawer reward gateman level 日本語")

	// Each goroutine writes only its own slot, so no lock is needed.
	out := make([]string, len(inputs))
	var wg sync.WaitGroup
	for i, in := range inputs {
		wg.Go(func() { out[i] = slowReverse(in) })
	}
	wg.Wait()
	for i := range inputs {
		fmt.Printf("%-8s -> %s\n", inputs[i], out[i])
	}

	// The same with one channel per input, read back in order.
	chans := make([]chan int, len(inputs))
	for i, in := range inputs {
		chans[i] = make(chan int, 1)
		go func() { chans[i] <- len([]rune(in)) }()
	}
	var lengths []int
	for _, ch := range chans {
		lengths = append(lengths, <-ch)
	}
	fmt.Println(lengths)
}
