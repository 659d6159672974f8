package main

import "fmt"

var greeting string

func main() {
	greeting = "hi" // written before the go statement
	done := make(chan bool)
	go func() {
		fmt.Println(greeting)
		done <- true
	}()
	<-done
}
