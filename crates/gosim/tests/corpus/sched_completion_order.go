// gosim: schedule-dependent
// Results are printed in the order goroutines finish, which the scheduler decides.
package main

import "fmt"

type result struct {
	id     int
	square int
}

func main() {
	results := make(chan result)
	for id := 1; id <= 3; id++ {
		go func() {
			sq := 0
			for i := 0; i < id*id*1000; i++ { // a little work, so workers overlap
				sq++
			}
			results <- result{id, sq / 1000}
		}()
	}
	sum := 0
	for i := 0; i < 3; i++ {
		r := <-results
		fmt.Printf("worker %d finished: %d\n", r.id, r.square)
		sum += r.square
	}
	fmt.Println("sum is always", sum)
}
