package main

import (
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"
)

// A cache stampede: 8 requests for the same missing key at once. Without
// singleflight each one queries the database; with it, one query serves all.
var queries int
var mu sync.Mutex

func query(key string) (any, error) {
	mu.Lock()
	queries++
	mu.Unlock()
	time.Sleep(10 * time.Millisecond)
	return "value of " + key, nil
}

func main() {
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() { query("home") })
	}
	wg.Wait()
	fmt.Println("without singleflight:", queries, "queries")

	queries = 0
	var g singleflight.Group
	var shared int
	results := make([]string, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, _, s := g.Do("home", func() (any, error) { return query("home") })
			results[i] = v.(string)
			if s {
				mu.Lock()
				shared++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("with singleflight:", queries, "query;", shared, "callers saw shared=true")
	fmt.Println(results[0], results[7])
}
