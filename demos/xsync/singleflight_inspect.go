// One call for "user:7", joined by a DoChan caller and by a Do caller while the
// first is still fetching.
package main

import (
	"fmt"
	"time"

	"golang.org/x/sync/singleflight"
)

var (
	group   singleflight.Group
	release = make(chan bool)
)

func fetch() (any, error) {
	<-release // the database is slow
	return "profile of user 7", nil
}

func main() {
	first := group.DoChan("user:7", fetch)
	second := group.DoChan("user:7", fetch)
	done := make(chan bool)
	go func() {
		v, _, shared := group.Do("user:7", fetch)
		fmt.Println("Do:", v, shared)
		done <- true
	}()
	time.Sleep(time.Millisecond) // every caller has joined
	close(release)
	fmt.Println("first:", (<-first).Shared, "second:", (<-second).Shared)
	<-done
}
