package main

import "fmt"

var data int

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		<-ch
		data = 7 // the receive happened before main's send completed
		done <- true
	}()
	ch <- 1
	<-done
	fmt.Println(data)
}
