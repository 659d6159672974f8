package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	var log []string
	var mu sync.Mutex
	note := func(s string) {
		mu.Lock()
		log = append(log, s)
		mu.Unlock()
	}

	rw.RLock()
	fmt.Println("second reader while one holds:", rw.TryRLock())
	rw.RUnlock()
	fmt.Println("writer while a reader holds:", rw.TryLock())

	done := make(chan bool)
	go func() {
		rw.Lock() // pending: waits for the reader
		note("writer acquired")
		rw.Unlock()
		done <- true
	}()
	time.Sleep(10 * time.Millisecond)
	// A pending writer blocks new readers.
	fmt.Println("new reader while a writer waits:", rw.TryRLock())
	go func() {
		rw.RLock()
		note("reader 2 acquired")
		rw.RUnlock()
		done <- true
	}()
	time.Sleep(10 * time.Millisecond)
	note("reader 1 releases")
	rw.RUnlock()
	<-done
	<-done
	fmt.Println(log)

	l := rw.RLocker()
	l.Lock()
	fmt.Println("via RLocker, writer can lock:", rw.TryLock())
	l.Unlock()
	fmt.Println("after RLocker unlock, writer can lock:", rw.TryLock())
	rw.Unlock()
	fmt.Printf("%T\n", l)
}
