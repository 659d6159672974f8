package main

import "fmt"

func Recv[T any](ch chan T) T {
	return <-ch
}

func main() {
	ch := make(chan string)
	fmt.Println("waiting")
	fmt.Println(Recv(ch))
}
