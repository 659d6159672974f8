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
	for range 2 {
		wg.Go(func() { _ = get().name })
	}
	wg.Wait()
	fmt.Println(get().name)
}
