// Exercise: make the leader see shared == true.
package main

import (
	"fmt"

	"golang.org/x/sync/singleflight"
)

func main() {
	var g singleflight.Group
	done := make(chan bool)
	go func() {
		v, _, shared := g.Do("k", func() (any, error) { return 42, nil })
		fmt.Println("leader:", v, "shared:", shared)
		done <- true
	}()
	r := <-g.DoChan("k", func() (any, error) { return 7, nil })
	fmt.Println("second:", r.Val, "shared:", r.Shared)
	<-done
}
