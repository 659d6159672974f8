package main

import "fmt"

type I interface{ M() }

func main() {
	var e error
	fmt.Println(e == nil)
	i := e.(I)
	fmt.Println("never", i)
}
