// Exercise: a worker that hands its token back early when the other worker
// is busy too, and then once more on the way out.
package main

import (
	"context"
	"fmt"
	"sync"

	"golang.org/x/sync/semaphore"
)

var (
	mu     sync.Mutex
	active int
)

func work(sem *semaphore.Weighted, name string) {
	sem.Acquire(context.Background(), 1)
	defer sem.Release(1)
	mu.Lock()
	active++
	crowded := active > 1
	mu.Unlock()
	if crowded {
		// Let someone else in while we wait for the other writer.
		sem.Release(1)
	}
	fmt.Println(name, "wrote; crowded:", crowded)
	mu.Lock()
	active--
	mu.Unlock()
}

func main() {
	sem := semaphore.NewWeighted(2)
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(sem, name)
		}()
	}
	wg.Wait()
	fmt.Println("done")
}
