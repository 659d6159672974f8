// gosim: schedule-dependent
// Two goroutines print without any ordering between them: the lines interleave
// differently from run to run (but each goroutine's own lines stay in order).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for _, name := range []string{"A", "B"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 1; i <= 2; i++ {
				fmt.Println(name, i)
			}
		}()
	}
	wg.Wait()
	fmt.Println("both done")
}
