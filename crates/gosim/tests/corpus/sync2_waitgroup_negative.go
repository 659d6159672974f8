package main

import (
	"fmt"
	"sync"
)

func process(wg *sync.WaitGroup, id int) {
	defer wg.Done()
	fmt.Println("processing", id)
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go process(&wg, i)
		wg.Wait() // waits each time, so the output order is fixed
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		wg.Done()
	}()
	// The same mistake outside a recover crashes the program.
	wg.Add(-1)
	fmt.Println("unreachable")
}
