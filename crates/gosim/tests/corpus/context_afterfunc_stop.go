package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	stop1 := context.AfterFunc(ctx, func() { fmt.Println("f1 ran") })
	wg.Add(1)
	stop2 := context.AfterFunc(ctx, func() {
		defer wg.Done()
		fmt.Println("f2 ran:", ctx.Err())
	})
	fmt.Println("stop1 before cancel:", stop1())
	fmt.Println("stop1 again:", stop1())
	cancel()
	wg.Wait()
	fmt.Println("stop2 after it ran:", stop2())

	// On a context that is already done, f runs at once (in its own goroutine).
	done := make(chan string)
	stop3 := context.AfterFunc(ctx, func() { done <- "f3 ran" })
	fmt.Println(<-done)
	fmt.Println("stop3:", stop3())
}
