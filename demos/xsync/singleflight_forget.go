// Exercise: make the loader run twice.
package main

import (
	"fmt"

	"golang.org/x/sync/singleflight"
)

var (
	group   singleflight.Group
	runs    int
	release = make(chan bool)
)

func load() (any, error) {
	runs++
	<-release // a slow load: the first call is still in flight below
	return "config", nil
}

func main() {
	first := group.DoChan("config", load)
	go group.Forget("config")
	second := group.DoChan("config", load)
	close(release)
	fmt.Println((<-first).Val, (<-second).Val)
	fmt.Println("runs:", runs)
}
