package main

import (
	"errors"
	"fmt"
)

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func safeIndex(s []int, i int) (v int, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return s[i], true
}

type parseError struct{ line int }

func (p parseError) Error() string { return fmt.Sprintf("parse error on line %d", p.line) }

func parse(lines []string) (count int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if pe, isPE := r.(parseError); isPE {
				err = pe
				return
			}
			panic(r)
		}
	}()
	for i, l := range lines {
		if l == "" {
			panic(parseError{i + 1})
		}
		count++
	}
	return count, nil
}

func main() {
	fmt.Println(safeDivide(10, 3))
	fmt.Println(safeDivide(1, 0))
	fmt.Println(safeIndex([]int{1, 2}, 1))
	fmt.Println(safeIndex([]int{1, 2}, 5))
	n, err := parse([]string{"a", "b", "", "d"})
	fmt.Println(n, err)
	var pe parseError
	fmt.Println(errors.As(err, &pe), pe.line)
	fmt.Println("recover outside panic:", recover())
	func() {
		defer func() {
			r := recover()
			_, isErr := r.(error)
			fmt.Printf("recovered %v (an error: %t)\n", r, isErr)
		}()
		var m map[string]int
		m["boom"] = 1
	}()
	fmt.Println("program continues normally")
}
