package main

import "fmt"

// Sieve of Eratosthenes up to one million over a []bool: slice indexing in tight loops.
func main() {
	const n = 1000000
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	fmt.Println(count)
}
