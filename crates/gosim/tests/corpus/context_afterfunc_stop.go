package main

// context.AfterFunc and the stop function it returns: stop before the context ends
// keeps f from running (true once, then false); after f started, stop says false; on
// a context already done f runs at once. Several funcs on one context: cancel runs
// all but the one stopped.

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

func main() {
	stopping()
	several()
}

func stopping() {
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

func several() {
	ctx, cancel := context.WithCancel(context.Background())
	names := []string{"close-db", "flush-log", "notify", "metrics"}
	ran := make(chan string, len(names))
	stops := map[string]func() bool{}
	for _, name := range names {
		stops[name] = context.AfterFunc(ctx, func() { ran <- name })
	}
	stopped := stops["notify"]()
	cancel()
	var got []string
	for range len(names) - 1 {
		got = append(got, <-ran)
	}
	sort.Strings(got)
	fmt.Println("stopped notify:", stopped, "ran:", got)
	for _, n := range names {
		fmt.Println(n, stops[n]())
	}
}
