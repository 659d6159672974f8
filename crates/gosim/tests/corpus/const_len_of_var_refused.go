// gosim: refused 10:19: not supported here: a constant naming a package variable (len or cap of an array)
package main

import "fmt"

var primes = [...]int{2, 3, 5, 7, 11}

var seen [count]bool

const count = len(primes)

func main() {
	seen[2] = true
	fmt.Println(count, len(seen), seen)
}
