package main

import (
	"fmt"
	"sync"
)

type config struct{ name string }

var cfg *config

func get() *config {
	if cfg == nil {
		cfg = &config{"default"}
	}
	return cfg
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = get().name
		}()
	}
	wg.Wait()
	fmt.Println(get().name)
}
