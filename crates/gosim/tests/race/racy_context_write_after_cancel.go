package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	msg := ""
	done := make(chan bool)
	go func() {
		<-ctx.Done()
		fmt.Println(msg)
		done <- true
	}()
	cancel()
	msg = "too late"
	<-done
}
