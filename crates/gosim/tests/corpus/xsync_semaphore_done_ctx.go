package main

import (
	"context"
	"errors"
	"fmt"

	"golang.org/x/sync/semaphore"
)

func main() {
	sem := semaphore.NewWeighted(3)
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println("live ctx:", sem.Acquire(ctx, 1))
	cancel()
	// A done Context fails at once, even with tokens free (x/sync since 2023).
	err := sem.Acquire(ctx, 1)
	fmt.Println("done ctx:", err, errors.Is(err, context.Canceled))
	// Nothing was taken by the failed Acquire: 2 are free.
	fmt.Println("TryAcquire(2):", sem.TryAcquire(2), "TryAcquire(1):", sem.TryAcquire(1))

	cctx, ccancel := context.WithCancelCause(context.Background())
	ccancel(errors.New("user left"))
	err = sem.Acquire(cctx, 0)
	fmt.Println("zero weight on a done ctx:", err, "| cause:", context.Cause(cctx))
}
