package main

import "fmt"

// each runs cleanup code with defer; a panic in the body passes through it.
func each(names []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		defer fmt.Println("iterator cleanup")
		for i, n := range names {
			if !yield(i, n) {
				fmt.Println("iterator told to stop")
				return
			}
		}
	}
}

func try(limit int) (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("recovered: ", r)
		}
	}()
	defer fmt.Println("try's own defer")
	for i, n := range each([]string{"ann", "bob", "cy"}) {
		defer fmt.Println("deferred in body", i, n)
		if i == limit {
			panic("too far: " + n)
		}
		result += n
	}
	return result
}

func main() {
	fmt.Println(try(1))
	fmt.Println(try(5))
	var m map[string]int
	for i, n := range each([]string{"x", "y"}) {
		fmt.Println(i, n)
		m[n] = i
	}
}
