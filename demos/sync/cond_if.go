// Exercise: two consumers, two jobs, and a Wait guarded by if instead of
// for.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	notEmpty := sync.NewCond(&mu)
	var queue []string
	var wg sync.WaitGroup

	consume := func(name string) {
		defer wg.Done()
		mu.Lock()
		if len(queue) == 0 { // should be: for len(queue) == 0
			notEmpty.Wait()
		}
		job := queue[0]
		queue = queue[1:]
		mu.Unlock()
		fmt.Println(name, "took", job)
	}
	wg.Add(2)
	go consume("A")
	go consume("B")

	for _, job := range []string{"job1", "job2"} {
		mu.Lock()
		queue = append(queue, job)
		mu.Unlock()
		notEmpty.Signal()
	}
	wg.Wait()
}
