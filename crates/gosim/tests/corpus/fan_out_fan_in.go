package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	worker int
	input  int
	output int
}

func collatzSteps(n int) int {
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

	var all []result
	for r := range merged {
		all = append(all, r)
	}
	// Which worker handled what varies, so sort and print only the inputs and outputs.
	sort.Slice(all, func(i, j int) bool { return all[i].input < all[j].input })
	total := 0
	for _, r := range all {
		fmt.Printf("collatz(%d) = %d\n", r.input, r.output)
		total += r.output
	}
	fmt.Println("results:", len(all), "total steps:", total)
}
