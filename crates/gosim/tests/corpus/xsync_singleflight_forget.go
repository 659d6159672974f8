package main

import (
	"fmt"

	"golang.org/x/sync/singleflight"
)

func main() {
	var g singleflight.Group
	runs := 0
	// call returns a function for the key that counts its run and, given a channel,
	// waits for it to close before it returns val.
	call := func(val string, release chan bool) func() (any, error) {
		return func() (any, error) {
			runs++
			if release != nil {
				<-release
			}
			return val, nil
		}
	}
	release1, release2 := make(chan bool), make(chan bool)
	first := g.DoChan("k", call("first", release1))
	// Forget while the first call is in flight: the next caller starts afresh.
	g.Forget("k")
	second := g.DoChan("k", call("second", release2))
	// This one joins the second call, the one the key names now.
	third := g.DoChan("k", call("third", nil))

	// The first call ends; the key now belongs to the second call, so it stays.
	close(release1)
	r := <-first
	fmt.Println(r.Val, r.Shared)
	fourth := g.DoChan("k", call("fourth", nil))
	close(release2)
	for _, ch := range []<-chan singleflight.Result{second, third, fourth} {
		r := <-ch
		fmt.Println(r.Val, r.Err, r.Shared)
	}
	fmt.Println("runs:", runs)

	// Forget of an unknown key, and on a zero Group, does nothing.
	var empty singleflight.Group
	empty.Forget("nothing")
	g.Forget("nothing")
	v, _, shared := empty.Do("a", func() (any, error) { return 1, nil })
	fmt.Println(v, shared)
}
