package main

import (
	"fmt"
	"sync"
)

type config struct{ name string }

var (
	once sync.Once
	cfg  *config
)

func get() *config {
	once.Do(func() { cfg = &config{"default"} })
	return cfg
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = get().name
		}()
	}
	wg.Wait()
	fmt.Println(get().name)
}
