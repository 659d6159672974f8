package main

import "fmt"

// The call runs before the index read that panics.
var a = []int{1, 2, 3}

func f() int { fmt.Println("f called"); return 1 }

func main() {
	i := 5
	fmt.Println(a[i], f())
}
