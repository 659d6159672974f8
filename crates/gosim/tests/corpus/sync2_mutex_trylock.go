package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("free mutex:", mu.TryLock())
	fmt.Println("already held:", mu.TryLock())
	mu.Unlock()

	held := make(chan bool)
	release := make(chan bool)
	done := make(chan bool)
	go func() {
		mu.Lock()
		held <- true
		<-release
		mu.Unlock()
		done <- true
	}()
	<-held
	tries := 0
	for i := 0; i < 3; i++ {
		if !mu.TryLock() {
			tries++
		}
	}
	fmt.Println("failed tries while the goroutine holds it:", tries)
	release <- true
	<-done
	if mu.TryLock() {
		fmt.Println("got it after release")
		mu.Unlock()
	}
}
