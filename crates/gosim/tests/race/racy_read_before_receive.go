package main

import "fmt"

var result int

func main() {
	done := make(chan bool, 1)
	go func() {
		result = 42
		done <- true
	}()
	fmt.Println(result >= 0)
	<-done
}
