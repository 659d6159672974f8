package main

import (
	"context"
	"fmt"
	"runtime"
)

func main() {
	before := runtime.NumGoroutine()
	// Background is never canceled: f is never run, and nothing waits for it.
	stop := context.AfterFunc(context.Background(), func() { fmt.Println("never") })
	fmt.Println("goroutines added:", runtime.NumGoroutine()-before)
	fmt.Println("stop:", stop(), stop())

	// Timeouts and AfterFunc together.
	ctx, cancel := context.WithCancelCause(context.Background())
	results := make(chan string, 2)
	context.AfterFunc(ctx, func() { results <- "cleanup: " + context.Cause(ctx).Error() })
	cancel(fmt.Errorf("user %d logged out", 7))
	fmt.Println(<-results)
}
