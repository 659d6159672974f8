package main

import (
	"errors"
	"fmt"

	"golang.org/x/sync/singleflight"
)

func main() {
	var g singleflight.Group
	started := make(chan bool)
	release := make(chan bool)
	leader := make(chan string)

	go func() {
		v, err, shared := g.Do("user:1", func() (any, error) {
			started <- true
			<-release
			return nil, errors.New("not found")
		})
		leader <- fmt.Sprint("leader: ", v, " ", err, " shared=", shared)
	}()
	<-started
	// The call is in flight: a duplicate joins it (DoChan registers at once).
	dup := g.DoChan("user:1", func() (any, error) {
		panic("never runs: the key is in flight")
	})
	close(release)
	fmt.Println(<-leader)
	r := <-dup
	fmt.Println("duplicate:", r.Val, r.Err, r.Shared)

	// Alone, the leader sees shared=false.
	v, err, shared := g.Do("user:1", func() (any, error) { return "ann", nil })
	fmt.Println("alone:", v, err, shared)
}
