package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

func find(fail bool) *MyErr {
	if fail {
		return &MyErr{"not found"}
	}
	return nil
}

func check(fail bool) error {
	var p *MyErr = find(fail)
	return p // a nil *MyErr still fills the type word
}

func checkFixed(fail bool) error {
	if p := find(fail); p != nil {
		return p
	}
	return nil
}

func main() {
	err := check(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T %v\n", err, err)
	p, ok := err.(*MyErr)
	fmt.Println(p == nil, ok)
	fmt.Println(checkFixed(false) == nil)
	fmt.Println(check(true), checkFixed(true))
	var e2 error = (*MyErr)(nil)
	fmt.Println(e2 == err, e2 != nil)
}
