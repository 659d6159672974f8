package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r, "and panicking with it again")
		panic(r)
	}()
	panic(fmt.Errorf("code %d", 7))
}
