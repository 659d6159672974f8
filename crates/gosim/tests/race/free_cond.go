package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	var queue []int
	done := make(chan bool)
	go func() {
		mu.Lock()
		for len(queue) == 0 {
			cond.Wait()
		}
		fmt.Println("got", queue[0])
		mu.Unlock()
		done <- true
	}()
	mu.Lock()
	queue = append(queue, 5)
	cond.Signal()
	mu.Unlock()
	<-done
}
