package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

func find(bad bool) error {
	var p *MyErr
	if bad {
		p = &MyErr{"bad input"}
	}
	return p
}

func main() {
	var none error
	err := find(false)
	fmt.Println(none == nil, err == nil)
	fmt.Printf("%T\n", err)
}
