package main

import (
	"fmt"
	"sync"
)

var log []string

func main() {
	var wg sync.WaitGroup
	for _, s := range []string{"x", "y"} {
		wg.Go(func() { log = append(log, s) })
	}
	wg.Wait()
	fmt.Println(len(log) > 0)
}
