package main

import (
	"errors"
	"fmt"
	"io"
)

// Standard input is empty (closed, as on the playground): Scan and Scanln find
// its end at the first operand, so a program that waits for Enter goes straight on.
func main() {
	var input string
	n, err := fmt.Scanln(&input)
	fmt.Printf("%d %v %q %v\n", n, err, input, err == io.EOF)

	var a, b int
	n, err = fmt.Scan(&a, &b)
	fmt.Println(n, err, a, b, errors.Is(err, io.EOF))

	var f float64
	var ok bool
	var bs []byte
	var r rune
	for _, p := range []any{&f, &ok, &bs, &r} {
		n, err = fmt.Scanln(p)
		fmt.Println(n, err)
	}

	// With nothing to scan into, nothing is read.
	n, err = fmt.Scanln()
	fmt.Println(n, err)
	n, err = fmt.Scan()
	fmt.Println(n, err)
}
