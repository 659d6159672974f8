package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

var mu sync.Mutex

// The report needs the lock for 5ms; a cache refresh holds it for 50ms.
func report(ctx context.Context, out chan<- string) {
	mu.Lock()
	time.Sleep(5 * time.Millisecond)
	mu.Unlock()
	select {
	case out <- "report ready":
	case <-ctx.Done():
	}
}

func refreshCache(done chan<- bool) {
	mu.Lock()
	time.Sleep(50 * time.Millisecond)
	mu.Unlock()
	done <- true
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	out := make(chan string)
	done := make(chan bool)
	go refreshCache(done)
	go report(ctx, out)
	select {
	case r := <-out:
		fmt.Println(r)
	case <-ctx.Done():
		fmt.Println("gave up:", ctx.Err())
	}
	<-done
}
