package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
	by map[int]int
}

func (c *Counter) Inc(who int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
	c.by[who%10]++
}

func (c *Counter) Value() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

func main() {
	c := Counter{by: map[int]int{}}
	var wg sync.WaitGroup
	for g := 0; g < 100; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				c.Inc(g)
			}
		}()
	}
	wg.Wait()
	fmt.Println("total:", c.Value())
	fmt.Println("per last digit:", c.by)

	// The same work with a plain local variable guarded by a mutex.
	var mu sync.Mutex
	sum := 0
	for i := 1; i <= 50; i++ {
		wg.Go(func() {
			mu.Lock()
			sum += i
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println("sum 1..50:", sum)
}
