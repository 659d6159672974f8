package main

import (
	"fmt"

	"golang.org/x/sync/semaphore"
)

func main() {
	sem := semaphore.NewWeighted(2)
	fmt.Println(sem.TryAcquire(2))
	sem.Release(1)
	sem.Release(1)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sem.Release(1)
	}()
	// The failed Release left the count at -1 with the mutex unlocked: one
	// more TryAcquire fits than the size says.
	fmt.Println(sem.TryAcquire(2), sem.TryAcquire(1), sem.TryAcquire(1))
	idle := semaphore.NewWeighted(1)
	idle.Release(1)
	fmt.Println("not reached")
}
