package main

import (
	"fmt"

	"golang.org/x/sync/semaphore"
)

func main() {
	sem := semaphore.NewWeighted(10)
	fmt.Println(sem.TryAcquire(4), sem.TryAcquire(6), sem.TryAcquire(1))
	// Zero weight fits even when nothing is free.
	fmt.Println("zero:", sem.TryAcquire(0))
	sem.Release(6)
	fmt.Println(sem.TryAcquire(7), sem.TryAcquire(6))
	sem.Release(10)

	// A semaphore of size 0 grants only zero-weight requests.
	none := semaphore.NewWeighted(0)
	fmt.Println("size 0:", none.TryAcquire(1), none.TryAcquire(0))

	// Weights are int64: large sizes are fine.
	big := semaphore.NewWeighted(1 << 40)
	fmt.Println(big.TryAcquire(1<<40-1), big.TryAcquire(1), big.TryAcquire(1))
	var w *semaphore.Weighted = semaphore.NewWeighted(1)
	fmt.Printf("%T\n", w)
}
