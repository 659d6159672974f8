package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseErr struct {
	Line int
	Err  error
}

func (e ParseErr) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error() }
func (e ParseErr) Unwrap() error { return e.Err }

var ErrEmpty = errors.New("empty")

func parse(lines []string) (sum int, err error) {
	for i, l := range lines {
		if l == "" {
			return 0, ParseErr{i + 1, ErrEmpty}
		}
		n, err := strconv.Atoi(l)
		if err != nil {
			return 0, ParseErr{i + 1, err}
		}
		sum += n
	}
	return sum, nil
}

func main() {
	for _, in := range [][]string{{"1", "2"}, {"3", ""}, {"4", "x5"}} {
		sum, err := parse(in)
		switch e := err.(type) {
		case nil:
			fmt.Println("sum", sum)
		case ParseErr:
			fmt.Printf("%T at %d: %v | empty=%v\n", e.Err, e.Line, e, errors.Is(err, ErrEmpty))
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Println("  func", ne.Func, "num", ne.Num, "err", ne.Err)
			}
		}
	}
}
