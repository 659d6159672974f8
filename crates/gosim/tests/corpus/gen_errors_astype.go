package main

import (
	"errors"
	"fmt"
	"os"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type Timeout struct{}

func (Timeout) Error() string { return "timeout" }

func find(name string) error {
	return fmt.Errorf("lookup: %w", &NotFound{name})
}

func main() {
	err := find("cfg")
	if nf, ok := errors.AsType[*NotFound](err); ok {
		fmt.Println("missing:", nf.Name)
	}
	_, ok := errors.AsType[Timeout](err)
	fmt.Println(ok)
	joined := errors.Join(errors.New("a"), Timeout{})
	t, ok := errors.AsType[Timeout](joined)
	fmt.Println(t, ok)
	fmt.Fprintln(os.Stdout, "done")
}
