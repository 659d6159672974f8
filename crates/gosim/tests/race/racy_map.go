package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[string]int{}
	var wg sync.WaitGroup
	for _, k := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m[k] = len(k)
		}()
	}
	wg.Wait()
	fmt.Println(len(m))
}
