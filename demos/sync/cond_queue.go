// A queue guarded by a mutex, with a Cond for "the queue is not empty". The
// consumer waits in a loop; the producer appends under the lock and signals.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	notEmpty := sync.NewCond(&mu)
	var queue []int
	done := make(chan bool)

	go func() {
		for range 3 {
			mu.Lock()
			for len(queue) == 0 {
				notEmpty.Wait()
			}
			job := queue[0]
			queue = queue[1:]
			mu.Unlock()
			fmt.Println("consumer: got job", job)
		}
		done <- true
	}()

	for job := 1; job <= 3; job++ {
		mu.Lock()
		queue = append(queue, job)
		mu.Unlock()
		notEmpty.Signal()
	}
	<-done
}
