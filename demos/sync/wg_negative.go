// One Done too many: the counter would go below zero, and Add panics.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	jobs := []string{"resize", "upload"}
	wg.Add(len(jobs))
	for _, job := range jobs {
		fmt.Println("did", job)
		wg.Done()
	}
	wg.Done() // a stray extra Done, say from a retry path
	wg.Wait()
	fmt.Println("never printed")
}
