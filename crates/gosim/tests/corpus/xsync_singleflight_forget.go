package main

import (
	"fmt"

	"golang.org/x/sync/singleflight"
)

func main() {
	var g singleflight.Group
	release1 := make(chan bool)
	release2 := make(chan bool)
	runs := 0

	first := g.DoChan("k", func() (any, error) {
		runs++
		<-release1
		return "first", nil
	})
	// Forget while the first call is in flight: the next caller starts afresh.
	g.Forget("k")
	second := g.DoChan("k", func() (any, error) {
		runs++
		<-release2
		return "second", nil
	})
	// This one joins the second call, the one the key names now.
	third := g.DoChan("k", func() (any, error) {
		runs++
		return "third", nil
	})

	// The first call ends; the key now belongs to the second call, so it stays.
	close(release1)
	r := <-first
	fmt.Println(r.Val, r.Shared)
	fourth := g.DoChan("k", func() (any, error) {
		runs++
		return "fourth", nil
	})
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
