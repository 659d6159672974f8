// gosim: refused 24:2: not supported here: time.Time.String of a time read from the wall clock (time.Now): Go shows the machine's date and time, the engine's clock is virtual
// gosim: faketime
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("got", v)
	case <-ctx.Done():
		fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.DeadlineExceeded))
	}
	fmt.Println("waited:", time.Since(start))
	fmt.Println(ctx)

	// Work that takes longer than the deadline loses.
	work := func(ctx context.Context, d time.Duration) error {
		select {
		case <-time.After(d):
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	c2, cancel2 := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel2()
	fmt.Println("fast:", work(c2, 20*time.Millisecond))
	fmt.Println("slow:", work(c2, 100*time.Millisecond))
	fmt.Println("total:", time.Since(start))
}
