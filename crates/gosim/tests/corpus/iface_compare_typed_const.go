package main

// An interface value compares with a typed constant whose type implements the
// interface: the constant is boxed with its own type, so int64(1) is not int(1).

import "fmt"

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) String() string { return [...]string{"debug", "info", "warn"}[l] }

func main() {
	var v any = int64(1)
	fmt.Println(v == int64(1), int64(1) == v, v != int32(1), v == 1)

	var s fmt.Stringer = Warn
	fmt.Println(s == Warn, Info == s, s != Level(2))

	const name = "gopher"
	var e any = "gopher"
	fmt.Println(e == name, e == string(name), e == any(name))

	levels := []any{Debug, 1, Level(1), uint(1)}
	for i, l := range levels {
		fmt.Println(i, l == Info, l == 1, l == uint(1))
	}
}
