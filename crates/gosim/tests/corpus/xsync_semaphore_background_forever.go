package main

import (
	"context"
	"fmt"

	"golang.org/x/sync/semaphore"
)

func main() {
	sem := semaphore.NewWeighted(2)
	fmt.Println("asking for 3 of 2 with a Context that is never done")
	// Done() of Background is nil: the wait never ends.
	err := sem.Acquire(context.Background(), 3)
	fmt.Println("not reached", err)
}
