package main

import (
	"errors"
	"fmt"
)

type point struct{ X, Y int }

type codeErr struct{ code int }

func (e codeErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func unwrapped(err error) int {
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		return len(u.Unwrap())
	}
	if errors.Unwrap(err) != nil {
		return 1
	}
	return 0
}

func main() {
	e1 := errors.New("one")
	e2 := codeErr{2}

	// Explicit operand indexes choose which operand %w wraps.
	err := fmt.Errorf("%[2]w then %[1]v", e1, e2)
	fmt.Println(err, errors.Is(err, e1), errors.Is(err, e2), unwrapped(err))

	// A star width takes an operand before the %w's.
	err = fmt.Errorf("%*d %w", 3, 7, e1)
	fmt.Println(err, errors.Is(err, e1), unwrapped(err))

	// The same operand wrapped twice is wrapped once; reordered ones are sorted.
	err = fmt.Errorf("%[1]w %[1]w", e1)
	fmt.Println(err, errors.Is(err, e1), unwrapped(err))
	err = fmt.Errorf("%[2]w %[1]w", e1, e2)
	fmt.Println(err, errors.Unwrap(err) == nil, unwrapped(err))
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		fmt.Println(u.Unwrap()[0] == e1, u.Unwrap()[1] == e2)
	}

	// %w of what is not an error is a bad verb; flags carry over as for %v.
	fmt.Println(fmt.Errorf("%w and %w", 1, "x"))
	fmt.Println(fmt.Errorf("%w|%+w", point{1, 2}, point{3, 4}))
	fmt.Println(fmt.Errorf("%w", []byte("hi")))
	fmt.Println(fmt.Errorf("%w", nil))
	fmt.Println(fmt.Errorf("%+w %#w", e2, e2))

	// Missing operands and bad indexes wrap nothing.
	err = fmt.Errorf("%w %[5]w", e1)
	fmt.Println(err, unwrapped(err))
	err = fmt.Errorf("%w %w", e1)
	fmt.Println(err, unwrapped(err))

	// Outside Errorf, %w is always a bad verb.
	fmt.Println(fmt.Sprintf("%w", e1))
	fmt.Println(fmt.Sprintf("%w", e2))
	fmt.Println(fmt.Sprintf("%v %w", 1))
}
