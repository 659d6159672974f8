package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

func find(id int) error {
	if id > 100 {
		return fmt.Errorf("find %d: %w", id, ErrNotFound)
	}
	if id < 0 {
		return &ValidationError{Field: "id", Value: id}
	}
	return nil
}

func load(id int) error {
	if err := find(id); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	return nil
}

func main() {
	for _, id := range []int{7, 200, -3} {
		err := load(id)
		fmt.Printf("id=%d err=%v\n", id, err)
		if err == nil {
			continue
		}
		fmt.Println("  is ErrNotFound:", errors.Is(err, ErrNotFound))
		var ve *ValidationError
		if errors.As(err, &ve) {
			fmt.Println("  validation field:", ve.Field, "value:", ve.Value)
		}
		fmt.Println("  unwrapped once:", errors.Unwrap(err))
	}

	joined := errors.Join(errors.New("first"), nil, ErrNotFound)
	fmt.Printf("joined: %q\n", joined.Error())
	fmt.Println("joined is ErrNotFound:", errors.Is(joined, ErrNotFound))
	fmt.Println("unwrap of joined is nil:", errors.Unwrap(joined) == nil)
	fmt.Println("join of nils is nil:", errors.Join(nil, nil) == nil)

	e1 := errors.New("same text")
	e2 := errors.New("same text")
	fmt.Println("distinct errors equal:", e1 == e2, errors.Is(e1, e2))
	fmt.Printf("%v | %s | %q | %v\n", e1, e1, e1, fmt.Errorf("x: %w", e1))
	fmt.Println(fmt.Errorf("no wrap: %v", e1), errors.Unwrap(fmt.Errorf("no wrap: %v", e1)))
}
