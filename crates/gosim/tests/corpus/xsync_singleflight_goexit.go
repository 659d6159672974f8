package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"
)

func main() {
	var g singleflight.Group
	var wg sync.WaitGroup
	started := make(chan bool)
	release := make(chan bool)

	wg.Add(2)
	go func() {
		defer wg.Done()
		defer fmt.Println("leader: deferred calls run")
		v, err, shared := g.Do("k", func() (any, error) {
			started <- true
			<-release
			runtime.Goexit()
			return "never", nil
		})
		fmt.Println("leader: not reached", v, err, shared)
	}()
	<-started
	go func() {
		defer wg.Done()
		defer fmt.Println("duplicate: Goexit too")
		v, err, shared := g.Do("k", func() (any, error) { return "never", nil })
		fmt.Println("duplicate: not reached", v, err, shared)
	}()
	time.Sleep(20 * time.Millisecond)
	close(release)
	wg.Wait()

	// A DoChan caller of a call that called Goexit never gets a result.
	ch := g.DoChan("k", func() (any, error) {
		runtime.Goexit()
		return nil, nil
	})
	select {
	case r := <-ch:
		fmt.Println("got", r)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("no result: the channel stays empty")
	}
	v, err, shared := g.Do("k", func() (any, error) { return "fresh", nil })
	fmt.Println(v, err, shared)
}
