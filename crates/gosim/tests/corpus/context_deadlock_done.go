package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	_ = cancel // never called
	fmt.Println("waiting for", ctx)
	<-ctx.Done()
	fmt.Println("not reached")
}
