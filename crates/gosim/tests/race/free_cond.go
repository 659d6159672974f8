package main

import (
	"fmt"
	"sync"
)

func main() {
	cond := sync.NewCond(&sync.Mutex{}) // cond.L guards queue
	var queue []int
	done := make(chan bool)
	go func() {
		cond.L.Lock()
		for len(queue) == 0 {
			cond.Wait()
		}
		fmt.Println("got", queue[0])
		cond.L.Unlock()
		done <- true
	}()
	cond.L.Lock()
	queue = append(queue, 5)
	cond.Signal()
	cond.L.Unlock()
	<-done
}
