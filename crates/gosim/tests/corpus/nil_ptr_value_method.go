package main

// A value-receiver method called through a nil pointer dereferences nil: through
// an interface it panics, and fmt, catching that panic for a nil pointer operand,
// prints <nil> (Go's handleMethods), for String and Error alike.

import (
	"fmt"
	"time"
)

type temp struct{ celsius int }

func (t temp) String() string { return fmt.Sprintf("%d°C", t.celsius) }

type failure struct{ code int }

func (f failure) Error() string { return fmt.Sprint("failure ", f.code) }

type wrapper struct{ *temp }

func call(s fmt.Stringer) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("panic:", r)
		}
	}()
	fmt.Println("got", s.String())
}

func main() {
	var t *temp
	fmt.Println(t)
	fmt.Printf("[%v] [%s] [%10v]\n", t, t, t)
	call(temp{21})
	call(t)
	call(wrapper{})
	fmt.Println(wrapper{})

	var f *failure
	var err error = f
	fmt.Println(err, err != nil)

	var when *time.Time
	var d *time.Duration
	fmt.Println(when, d)
}
