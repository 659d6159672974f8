package main

// The write comes after cancel, so nothing orders it with the read the cancel woke.

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var msg string
	printed := make(chan struct{})
	go func() {
		defer close(printed)
		<-ctx.Done()
		fmt.Println(msg)
	}()
	cancel()
	msg = "too late"
	<-printed
}
