package main

// A function's parameters, named results and top-level body share one block, so
// `:=` there reuses a parameter or result rather than declaring a new variable.

import (
	"errors"
	"fmt"
	"strconv"
)

func parse(s string) (n int, err error) {
	n, err2 := strconv.Atoi(s)
	if err2 != nil {
		err = errors.New("bad number " + strconv.Quote(s))
	}
	return
}

func scale(x int) int {
	x, y := x*10, 1
	return x + y
}

func lookup(key string) (value string, ok bool) {
	m := map[string]string{"a": "apple"}
	value, ok = m[key]
	if !ok {
		value, extra := "none", "!"
		return value + extra, false
	}
	return
}

func main() {
	fmt.Println(parse("42"))
	fmt.Println(parse("x"))
	fmt.Println(scale(4))
	fmt.Println(lookup("a"))
	fmt.Println(lookup("b"))
}
