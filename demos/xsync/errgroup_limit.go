// SetLimit(2): Go blocks while two tasks hold the two tokens.
package main

import (
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(2)
	for i := 1; i <= 4; i++ {
		g.Go(func() error {
			fmt.Println("task", i, "starts")
			time.Sleep(time.Millisecond)
			return nil
		})
		fmt.Println("main: started task", i)
	}
	fmt.Println("TryGo while full:", g.TryGo(func() error { return nil }))
	fmt.Println("Wait:", g.Wait())
}
