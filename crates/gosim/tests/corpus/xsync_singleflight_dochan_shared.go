package main

import (
	"fmt"

	"golang.org/x/sync/singleflight"
)

func main() {
	var g singleflight.Group
	release := make(chan struct{})
	calls := 0
	fn := func() (any, error) {
		calls++
		<-release
		return 42, nil
	}
	// DoChan registers synchronously: all five join one call before it can end.
	var chans []<-chan singleflight.Result
	for i := 0; i < 5; i++ {
		chans = append(chans, g.DoChan("k", fn))
	}
	close(release)
	for i, ch := range chans {
		r := <-ch
		fmt.Println(i, r.Val, r.Err, r.Shared)
	}
	fmt.Println("calls:", calls)

	// The key is gone once the call ended: the next Do runs fn again, alone.
	v, err, shared := g.Do("k", func() (any, error) {
		calls++
		return 7, nil
	})
	fmt.Println(v, err, shared, "calls:", calls)

	// The channel is buffered and never closed: the result waits in it.
	ch := g.DoChan("other", func() (any, error) { return "x", nil })
	r := <-ch
	fmt.Println(r.Val, r.Shared, cap(ch), len(ch))
	select {
	case r, ok := <-ch:
		fmt.Println("second receive", r, ok)
	default:
		fmt.Println("nothing more, not closed")
	}
}
