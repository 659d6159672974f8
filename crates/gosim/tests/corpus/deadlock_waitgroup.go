package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	squares := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(2) // bug: one Add(2) per goroutine, but each calls Done once
		go func() {
			defer wg.Done()
			squares <- i * i
		}()
	}
	fmt.Println("waiting for workers")
	wg.Wait()
	fmt.Println("never printed", len(squares))
}
