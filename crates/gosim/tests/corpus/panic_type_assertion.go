package main

import "fmt"

func total(values []any) int {
	sum := 0
	for i, v := range values {
		fmt.Printf("value %d has type %T\n", i, v)
		sum += v.(int)
	}
	return sum
}

func main() {
	fmt.Println(total([]any{1, 2, 3}))
	fmt.Println(total([]any{4, "5", 6}))
	fmt.Println("never printed")
}
