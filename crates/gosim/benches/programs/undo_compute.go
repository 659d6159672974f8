package main

import "fmt"

// The undo benchmark's heavy case: between two channel operations each goroutine
// computes for a while (Collatz chain lengths), so a step is many instructions and
// replaying the steps after a snapshot costs the most. A shared results slice keeps
// the heap from being trivial.
func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	const n = 3000
	const workers = 3
	results := make([]int, n+1)
	jobs := make(chan int)
	done := make(chan int)
	for w := 0; w < workers; w++ {
		go func() {
			for j := range jobs {
				best := 0
				for k := j * 20; k < j*20+20; k++ {
					best = max(best, collatz(k+1))
				}
				done <- best
			}
		}()
	}
	go func() {
		for j := 1; j <= n; j++ {
			jobs <- j
		}
		close(jobs)
	}()
	longest := 0
	for i := 1; i <= n; i++ {
		v := <-done
		results[i] = v
		longest = max(longest, v)
	}
	fmt.Println(longest, len(results))
}
