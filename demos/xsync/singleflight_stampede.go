// A cache stampede: four requests miss the cache at once.
package main

import (
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"
)

var (
	mu      sync.Mutex
	queries int
	group   singleflight.Group
)

func queryDB(key string) (any, error) {
	mu.Lock()
	queries++
	mu.Unlock()
	time.Sleep(10 * time.Millisecond) // a slow query
	return "rows for " + key, nil
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, _, shared := group.Do("home", func() (any, error) {
				return queryDB("home")
			})
			fmt.Println("request", i, "got", v, "shared:", shared)
		}()
	}
	wg.Wait()
	fmt.Println("queries:", queries)
}
