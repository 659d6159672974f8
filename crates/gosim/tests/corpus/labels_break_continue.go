package main

import "fmt"

func main() {
	grid := [][]int{
		{1, 2, 3},
		{4, -5, 6},
		{7, 8, 9},
	}

	// Find the first negative number, stopping both loops.
	found := false
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println("found:", found)

	// Skip the rest of a row as soon as an even number is seen.
rows:
	for r := range grid {
		for _, v := range grid[r] {
			if v%2 == 0 {
				fmt.Println("row", r, "skipped at", v)
				continue rows
			}
			fmt.Println("row", r, "odd", v)
		}
	}

	// break inside select/switch only leaves the switch without a label.
	i := 0
loop:
	for {
		i++
		switch {
		case i == 2:
			continue
		case i > 4:
			break loop
		}
		fmt.Println("i =", i)
	}

	primes := []int{}
outer:
	for n := 2; len(primes) < 8; n++ {
		for _, p := range primes {
			if n%p == 0 {
				continue outer
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)
}
