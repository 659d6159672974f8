package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Temporary interface{ Temporary() bool }

type Timeout struct{}

func (Timeout) Error() string   { return "timeout" }
func (Timeout) Temporary() bool { return true }

func lookup(k string) error {
	if k == "t" {
		return fmt.Errorf("lookup %q: %w", k, Timeout{})
	}
	return fmt.Errorf("lookup %q: %w", k, &NotFound{k})
}

func main() {
	for _, k := range []string{"a", "t"} {
		err := lookup(k)
		_, direct := err.(*NotFound)
		var nf *NotFound
		var tmp Temporary
		fmt.Println(err, direct, errors.As(err, &nf), errors.As(err, &tmp))
		if nf != nil {
			fmt.Println("key", nf.Key)
		}
		if tmp != nil {
			fmt.Println("temporary", tmp.Temporary())
		}
		if u, ok := err.(interface{ Unwrap() error }); ok {
			fmt.Printf("%T\n", u.Unwrap())
		}
	}
}
