package main

import "fmt"

func helper() {
	defer func() { fmt.Println("helper defer recover:", recover()) }()
	fmt.Println("helper body")
}

func main() {
	defer func() {
		helper()
		fmt.Println("after helper", recover())
	}()
	panic("x")
}
