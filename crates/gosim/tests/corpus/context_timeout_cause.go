// gosim: faketime
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	slow := errors.New("too slow")
	ctx, cancel := context.WithTimeoutCause(context.Background(), 10*time.Millisecond, slow)
	defer cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), "|", context.Cause(ctx), errors.Is(context.Cause(ctx), slow))

	// Canceled by hand before the deadline: the cause is Canceled, not ours.
	c2, cancel2 := context.WithTimeoutCause(context.Background(), time.Hour, slow)
	start := time.Now()
	cancel2()
	fmt.Println(c2.Err(), "|", context.Cause(c2), time.Since(start))

	// The deadline wins over a later cancel.
	c3, cancel3 := context.WithDeadlineCause(context.Background(), time.Now().Add(time.Millisecond), slow)
	time.Sleep(5 * time.Millisecond)
	cancel3()
	fmt.Println(c3.Err(), "|", context.Cause(c3))
}
