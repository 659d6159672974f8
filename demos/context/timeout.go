package main

import (
	"context"
	"fmt"
	"time"
)

func slowQuery(ctx context.Context) (string, error) {
	select {
	case <-time.After(3 * time.Second):
		return "rows", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	deadline, _ := ctx.Deadline()
	fmt.Println("time left:", time.Until(deadline).Round(100 * time.Millisecond))

	rows, err := slowQuery(ctx)
	fmt.Println(rows, err, time.Since(start).Round(100 * time.Millisecond))

	// A longer timeout under a shorter one keeps the shorter deadline.
	inner, cancelInner := context.WithTimeout(ctx, time.Hour)
	defer cancelInner()
	innerDeadline, _ := inner.Deadline()
	fmt.Println(inner.Err(), innerDeadline.Equal(deadline))
}
