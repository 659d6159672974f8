package main

import "fmt"

func main() {
	defer func() {
		func() {
			defer func() { fmt.Println("r:", recover()) }()
			panic("b")
		}()
		fmt.Println("after inner")
	}()
	panic("a")
}
