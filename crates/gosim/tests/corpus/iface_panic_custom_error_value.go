package main

import "fmt"

type Fail struct{ code int }

func (f Fail) Error() string { return fmt.Sprint("fail ", f.code) }

type Str string

func (s Str) String() string { return "str:" + string(s) }

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		if e, ok := r.(error); ok {
			fmt.Println("error:", e)
		}
		panic(Str("again"))
	}()
	panic(Fail{7})
}
