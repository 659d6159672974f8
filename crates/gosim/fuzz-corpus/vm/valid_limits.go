package main

import "fmt"

// Runs into every limit the fuzz tests set: goroutines, heap, frames and steps.
func deep(n int) int { return deep(n+1) + 1 }

func main() {
	for i := 0; i < 1000; i++ {
		go func() {
			s := []int{}
			for {
				s = append(s, i)
			}
		}()
	}
	fmt.Println(deep(0))
}
