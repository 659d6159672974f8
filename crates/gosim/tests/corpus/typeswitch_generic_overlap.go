// In a generic function `case T` and `case int` are different cases even when T
// is int: the first one that matches is taken, and neither is a repeated case.
package main

import "fmt"

func classify[T any](v any) string {
	switch x := v.(type) {
	case T:
		return fmt.Sprintf("the parameter type (%v)", x)
	case int:
		return fmt.Sprintf("an int (%d)", x)
	case []T:
		return fmt.Sprintf("a slice of the parameter type (len %d)", len(x))
	case []int, nil:
		return fmt.Sprint("an int slice or nil: ", x)
	}
	return "something else"
}

type ID int

func main() {
	fmt.Println(classify[int](7))
	fmt.Println(classify[string](7))
	fmt.Println(classify[ID](ID(7)))
	fmt.Println(classify[ID](7))
	fmt.Println(classify[int]([]int{1, 2}))
	fmt.Println(classify[string]([]int{1, 2}))
	fmt.Println(classify[string](nil))
	fmt.Println(classify[bool](2.5))
}
