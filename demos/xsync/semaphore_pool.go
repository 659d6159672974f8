// A weighted semaphore as a worker pool: at most 3 jobs at once.
package main

import (
	"context"
	"fmt"
	"sync"

	"golang.org/x/sync/semaphore"
)

func main() {
	ctx := context.Background()
	sem := semaphore.NewWeighted(3)
	var wg sync.WaitGroup
	for job := 1; job <= 5; job++ {
		sem.Acquire(ctx, 1) // blocks while 3 jobs hold the 3 tokens
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer sem.Release(1)
			fmt.Println("job", job, "done")
		}()
	}
	wg.Wait()
	fmt.Println("all jobs done")
}
