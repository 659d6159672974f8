package main

import "fmt"

var data int

func main() {
	ready := make(chan bool)
	go func() {
		data = 42
		ready <- true
	}()
	<-ready
	fmt.Println(data)
}
