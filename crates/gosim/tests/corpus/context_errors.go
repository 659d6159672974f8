package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	fmt.Println(context.Canceled)
	fmt.Println(context.DeadlineExceeded)
	fmt.Printf("%T\n", context.Canceled)
	te, ok := context.DeadlineExceeded.(interface{ Timeout() bool })
	fmt.Println(ok, te.Timeout())
	tp, ok := context.DeadlineExceeded.(interface{ Temporary() bool })
	fmt.Println(ok, tp.Temporary())
	_, ok = context.Canceled.(interface{ Timeout() bool })
	fmt.Println(ok)

	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	<-ctx.Done()
	wrapped := fmt.Errorf("fetch: %w", ctx.Err())
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, context.DeadlineExceeded), errors.Is(wrapped, context.Canceled))
	fmt.Println(ctx.Err() == context.DeadlineExceeded)
}
