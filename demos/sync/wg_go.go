// WaitGroup.Go (Go 1.25): Add(1), go, and a deferred Done in one call.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for _, url := range []string{"/a", "/b", "/c"} {
		wg.Go(func() {
			fmt.Println("fetched", url)
		})
	}
	wg.Wait()
	fmt.Println("all fetched")
}
