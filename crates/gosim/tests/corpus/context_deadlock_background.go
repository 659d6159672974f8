package main

import (
	"context"
	"fmt"
)

func main() {
	ctx := context.Background()
	fmt.Println("Done is nil:", ctx.Done() == nil)
	// A receive from a nil channel blocks forever.
	select {
	case <-ctx.Done():
		fmt.Println("never")
	}
}
