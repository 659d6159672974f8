package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Go(func() { fmt.Println("in Go") })
	wg.Wait()
	defer fmt.Println("main's deferred call does not run: the panic is in another goroutine")
	wg.Go(func() { panic("worker failed") })
	wg.Wait()
}
