// Five callers ask for the same key while the first call is in flight.
package main

import (
	"fmt"

	"golang.org/x/sync/singleflight"
)

func main() {
	var g singleflight.Group
	release := make(chan bool)
	calls := 0
	fetch := func() (any, error) {
		calls++
		<-release
		return "profile of user 7", nil
	}
	var results []<-chan singleflight.Result
	for i := 0; i < 5; i++ {
		results = append(results, g.DoChan("user:7", fetch))
	}
	close(release)
	for _, ch := range results {
		r := <-ch
		fmt.Println(r.Val, r.Err, r.Shared)
	}
	fmt.Println("calls:", calls)
}
