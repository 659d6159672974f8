package main

// Go counts `x++` and `x op= y` as uses of x, so a variable only ever updated
// this way is not "declared and not used".

import "fmt"

func counter() (int, func(int)) {
	total := 0
	return total, func(d int) { total += d }
}

func main() {
	hits := 0
	hits++
	misses := 10
	misses -= 3
	n, add := counter()
	n *= 2
	add(5)
	var flags uint8
	flags |= 4
	fmt.Println("done")
}
