package main

import (
	"context"
	"fmt"
)

type key int

func (k key) String() string { return fmt.Sprintf("key#%d", int(k)) }

type plain struct{ a, b int }

type myErr struct{}

func (myErr) Error() string { return "my error" }

func main() {
	ctx := context.WithValue(context.Background(), key(1), 42)
	fmt.Println(ctx)
	ctx = context.WithValue(ctx, plain{1, 2}, key(9))
	fmt.Println(ctx)
	ctx = context.WithValue(ctx, "s", myErr{})
	fmt.Println(ctx)
	ctx = context.WithValue(ctx, true, &plain{})
	fmt.Println(ctx)
	fmt.Println(ctx.Value(key(1)), ctx.Value(plain{1, 2}), ctx.Value("s"))
}
