package main

import (
	"context"
	"fmt"
)

func main() {
	ctx := context.WithValue(context.Background(), "ok", 1)
	fmt.Println(ctx.Value("ok"))
	var k any
	context.WithValue(ctx, k, 2)
	fmt.Println("not reached")
}
