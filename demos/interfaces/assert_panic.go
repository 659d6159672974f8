package main

import "fmt"

func main() {
	inbox := make(chan any, 2)
	go func() { inbox <- "forty-two" }()
	go func() { inbox <- 42 }()
	v := <-inbox
	n := v.(int)
	fmt.Println("got", n+1)
}
