package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Wrapped struct {
	op  string
	err error
}

func (w *Wrapped) Error() string { return w.op + ": " + w.err.Error() }
func (w *Wrapped) Unwrap() error { return w.err }

func root(err error) error {
	for {
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return err
		}
		err = u.Unwrap()
	}
}

func main() {
	err := error(&Wrapped{"read", &Wrapped{"open", Code(404)}})
	fmt.Println(err)
	r := root(err)
	fmt.Printf("%T %v\n", r, r)
	switch r := r.(type) {
	case Code:
		fmt.Println("code", int(r), r == Code(404))
	}
	var c Code
	fmt.Println(errors.As(err, &c), c)
	j := errors.Join(Code(1), nil, Code(2))
	if m, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(m.Unwrap()), j)
	}
	_, single := j.(interface{ Unwrap() error })
	fmt.Println(single)
}
