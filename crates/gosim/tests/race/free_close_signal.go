package main

import "fmt"

func main() {
	msg := ""
	done := make(chan struct{})
	go func() {
		msg = "hello"
		close(done)
	}()
	<-done
	fmt.Println(msg)
}
