package main

import (
	"fmt"
	"sync"
)

func main() {
	a := make(chan int)
	b := make(chan int)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		v := <-a // waits for the other goroutine...
		b <- v + 1
	}()
	go func() {
		defer wg.Done()
		v := <-b // ...which waits for this one
		a <- v + 1
	}()
	fmt.Println("both goroutines started")
	wg.Wait()
	fmt.Println("never printed")
}
