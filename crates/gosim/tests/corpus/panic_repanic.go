package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(fmt.Sprintf("re-panic after %v", r))
	}()
	panic("original failure")
}

func middle() {
	defer fmt.Println("middle's defer runs during the second panic")
	inner()
	fmt.Println("never printed")
}

func main() {
	defer func() {
		fmt.Println("main's defer runs too, without recovering")
	}()
	middle()
}
