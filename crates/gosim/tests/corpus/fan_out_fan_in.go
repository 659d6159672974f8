package main

import (
	"fmt"
	"sync"
)

type result struct {
	worker int
	input  int
	output int
}

// collatzSteps counts the halvings and 3n+1 steps from n down to 1.
func collatzSteps(n int) (steps int) {
	for ; n != 1; steps++ {
		if n%2 == 0 {
			n /= 2
			continue
		}
		n = 3*n + 1
	}
	return
}

func main() {
	inputs := make(chan int)
	go func() {
		for i := 1; i <= 12; i++ {
			inputs <- i * 7
		}
		close(inputs)
	}()

	// Fan out: three workers read from the same channel.
	outputs := make([]<-chan result, 3)
	for w := range 3 {
		out := make(chan result)
		outputs[w] = out
		go func() {
			defer close(out)
			for n := range inputs {
				out <- result{w, n, collatzSteps(n)}
			}
		}()
	}

	// Fan in: merge every worker's channel into one.
	merged := make(chan result)
	var wg sync.WaitGroup
	for _, ch := range outputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range ch {
				merged <- r
			}
		}()
	}
	go func() {
		wg.Wait()
		close(merged)
	}()

	// Which worker handled what varies, so print only the inputs and outputs, by input.
	byInput := map[int]int{}
	for r := range merged {
		byInput[r.input] = r.output
	}
	total := 0
	for i := 1; i <= 12; i++ {
		fmt.Printf("collatz(%d) = %d\n", i*7, byInput[i*7])
		total += byInput[i*7]
	}
	fmt.Println("results:", len(byInput), "total steps:", total)
}
