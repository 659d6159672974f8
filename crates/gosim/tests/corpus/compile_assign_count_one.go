// gosim: compile-error
// Two values assigned to one variable: Go counts "1 variable" and points at the values.
package main

import "fmt"

func main() {
	total := 0
	for i := 1; i <= 3; i++ {
		total += i
	}
	fmt.Println("total:", total)
	total = 1, 2
	fmt.Println(total)
}
