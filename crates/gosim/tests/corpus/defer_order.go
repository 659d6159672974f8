package main

import (
	"errors"
	"fmt"
)

func countdown() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("countdown body done")
}

func argsEvaluatedEarly() {
	x := 1
	defer fmt.Println("deferred sees x =", x)
	x = 2
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 3
}

func double(n int) (result int) {
	defer func() { result *= 2 }()
	return n + 1
}

func safeOpen(name string) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("safeOpen(%q): %w", name, err)
		}
	}()
	if name == "" {
		return errors.New("empty name")
	}
	return nil
}

type resource struct{ name string }

func (r *resource) Close() { fmt.Println("closing", r.name) }

func useResources() {
	for _, n := range []string{"db", "cache", "log"} {
		r := &resource{n}
		defer r.Close()
	}
	fmt.Println("using resources")
}

func main() {
	countdown()
	argsEvaluatedEarly()
	fmt.Println("double(4) =", double(4))
	fmt.Println(safeOpen("a.txt"), safeOpen(""))
	useResources()
	defer fmt.Println("main's deferred call runs last")
	fmt.Println("end of main")
}
