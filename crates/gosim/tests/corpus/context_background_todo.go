package main

import (
	"context"
	"fmt"
)

func describe(name string, ctx context.Context) {
	d, ok := ctx.Deadline()
	fmt.Printf("%s: %v err=%v done-is-nil=%v deadline-ok=%v zero=%v value=%v\n",
		name, ctx, ctx.Err(), ctx.Done() == nil, ok, d.IsZero(), ctx.Value("k"))
}

func main() {
	describe("background", context.Background())
	describe("todo", context.TODO())
	fmt.Println(context.Background() == context.Background())
	fmt.Println(context.Background() == context.TODO())
	fmt.Printf("%T %T\n", context.Background(), context.TODO())
	fmt.Println(context.Cause(context.Background()))
	var zero struct{}
	fmt.Println(zero)
}
