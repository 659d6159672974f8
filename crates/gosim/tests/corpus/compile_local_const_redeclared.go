// gosim: compile-error
// Two constants of one name in the same block (an inner block may shadow; the same may not).
package main

import "fmt"

func main() {
	const limit = 10
	{
		const limit = 20
		fmt.Println("inner", limit)
	}
	const limit = 30
	fmt.Println("outer", limit)
}
