package main

import "fmt"

type P struct {
	a any
	b int
}

// Interface keys of one dynamic type print sorted by value, nil first.
func main() {
	fmt.Println(map[any]int{2: 1, nil: 0, 1: 2, -5: 3})
	fmt.Println(map[any]bool{"b": true, "a": false})
	fmt.Println(map[P]int{{1, 2}: 1, {1, 1}: 2, {0, 9}: 3})
	fmt.Printf("%v\n", map[[2]any]string{{1, 2}: "x", {1, 1}: "y"})
}
