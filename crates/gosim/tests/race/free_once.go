package main

// Lazy initialisation through sync.Once: the goroutines that race to call get are
// ordered by Once alone (their channel sends order them only with main), so no race.

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
	names := make(chan string)
	for range 3 {
		go func() { names <- get().name }()
	}
	for range 3 {
		fmt.Println(<-names)
	}
}
