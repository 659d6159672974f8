package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("outer recover:", recover())
	}()
	defer func() {
		func() {
			defer func() { fmt.Println("r:", recover()) }()
			panic("b")
		}()
		fmt.Println("after inner")
	}()
	func() {
		defer func() {
			func() {
				defer func() { fmt.Println("r2:", recover()) }()
				panic("c")
			}()
		}()
		panic("a")
	}()
}
