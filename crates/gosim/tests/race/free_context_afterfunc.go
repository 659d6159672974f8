package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	count := 0
	done := make(chan bool)
	context.AfterFunc(ctx, func() {
		count++
		done <- true
	})
	count++
	cancel()
	<-done
	fmt.Println(count)
}
