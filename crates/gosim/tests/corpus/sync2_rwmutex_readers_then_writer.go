package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// Readers share the lock: all three hold it at the same time.
// The writer gets it only after every reader has let go.
func main() {
	var rw sync.RWMutex
	var inside atomic.Int32
	balance := 100
	var readers sync.WaitGroup
	for range 3 {
		readers.Go(func() {
			rw.RLock()
			inside.Add(1)
			for inside.Load() < 3 {
				runtime.Gosched() // wait until all readers are inside together
			}
			_ = balance
			rw.RUnlock()
		})
	}
	readers.Wait()
	fmt.Println("readers inside at once:", inside.Load())

	rw.RLock()
	done := make(chan int)
	go func() {
		rw.Lock()
		balance += 50
		rw.Unlock()
		done <- balance
	}()
	runtime.Gosched()
	fmt.Println("balance while reading:", balance)
	rw.RUnlock()
	fmt.Println("after the writer:", <-done)
}
