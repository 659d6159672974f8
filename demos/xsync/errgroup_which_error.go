// Exercise: make Wait return the disk error.
package main

import (
	"errors"
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.Go(func() error { return errors.New("network timeout") })
	g.Go(func() error { return errors.New("disk full") })
	fmt.Println("Wait:", g.Wait())
}
