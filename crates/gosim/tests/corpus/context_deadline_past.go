// gosim: refused 16:2: not supported here: time.Time.String of a time read from the wall clock (time.Now): Go shows the machine's date and time, the engine's clock is virtual
// gosim: faketime
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	past := time.Now().Add(-time.Second)
	ctx, cancel := context.WithDeadline(context.Background(), past)
	fmt.Println(ctx.Err())
	fmt.Println(ctx)
	cancel()
	fmt.Println(ctx.Err(), context.Cause(ctx))

	c2, cancel2 := context.WithDeadlineCause(context.Background(), past, errors.New("too late"))
	defer cancel2()
	fmt.Println(c2.Err(), "|", context.Cause(c2))

	c3, cancel3 := context.WithTimeout(context.Background(), 0)
	defer cancel3()
	select {
	case <-c3.Done():
		fmt.Println("zero timeout: done at once:", c3.Err())
	default:
		fmt.Println("not done")
	}
}
