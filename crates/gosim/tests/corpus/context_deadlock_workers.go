package main

import (
	"context"
	"fmt"
	"sync"
)

func worker(ctx context.Context, id int, wg *sync.WaitGroup) {
	defer wg.Done()
	<-ctx.Done()
	fmt.Println("worker", id, "stops:", ctx.Err())
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel() // runs only after Wait, which never returns
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, i, &wg)
	}
	fmt.Println("started 3 workers")
	wg.Wait()
}
