package main

import "fmt"

func main() {
	var x any = 3.5
	fmt.Printf("%T %v\n", x, x)
	n := x.(int)
	fmt.Println("never", n)
}
