package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var mu sync.Mutex
	var ran []string
	var wg sync.WaitGroup
	stops := map[string]func() bool{}
	for _, name := range []string{"close-db", "flush-log", "notify", "metrics"} {
		wg.Add(1)
		stops[name] = context.AfterFunc(ctx, func() {
			defer wg.Done()
			mu.Lock()
			ran = append(ran, name)
			mu.Unlock()
		})
	}
	if stops["notify"]() {
		wg.Done()
	}
	cancel()
	wg.Wait()
	sort.Strings(ran)
	fmt.Println(ran)
	names := []string{"close-db", "flush-log", "notify", "metrics"}
	for _, n := range names {
		fmt.Println(n, stops[n]())
	}
}
