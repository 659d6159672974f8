package main

import (
	"fmt"
	"os"
)

func check(n int) {
	if n > 3 {
		fmt.Fprintln(os.Stderr, "too many:", n)
		os.Exit(1)
	}
}

// A command-line style check that exits with status 1 after reporting on stderr.
func main() {
	for i := 1; ; i++ {
		fmt.Println("item", i)
		check(i)
	}
}
