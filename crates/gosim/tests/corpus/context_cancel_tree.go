package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	root, cancel := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	defer cancelA()
	b := context.WithValue(root, "name", "b")
	b1, cancelB1 := context.WithCancel(b)
	defer cancelB1()
	b2, cancelB2 := context.WithCancel(b1)
	defer cancelB2()

	ctxs := []context.Context{root, a, b, b1, b2}
	names := []string{"root", "a", "b", "b1", "b2"}
	errs := make([]error, len(ctxs))
	var wg sync.WaitGroup
	for i, c := range ctxs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-c.Done()
			errs[i] = c.Err()
		}()
	}
	for i, c := range ctxs {
		fmt.Println("before:", names[i], c.Err())
	}
	cancel()
	wg.Wait()
	for i := range ctxs {
		fmt.Println("after:", names[i], errs[i])
	}
}
