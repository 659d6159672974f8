package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"it failed"}
	}
	return p // an interface holding a (possibly nil) *MyErr
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"it failed"}
	}
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println("err == nil:", err == nil)
	fmt.Printf("%T %v\n", err, err)

	err = correct(false)
	fmt.Println("correct err == nil:", err == nil)
	fmt.Printf("%T %v\n", err, err)

	err = mayFail(true)
	fmt.Println(err == nil, err)

	var a any
	var ip *int
	fmt.Println(a == nil, ip == nil)
	a = ip
	fmt.Println(a == nil, a.(*int) == nil)

	var s []int
	var m map[string]int
	fmt.Println(s == nil, len(s), m == nil, len(m), m["x"])
	a = s
	fmt.Println("interface holding nil slice is nil:", a == nil)
	fmt.Printf("%v %d %v\n", s, len(s), a)
}
