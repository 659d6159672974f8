// gosim: schedule-dependent
package main

import (
	"fmt"
	"time"
)

// `go f(x)` runs in a wrapper goroutine Go's compiler makes for the call, so a nil
// func value is only called, and panics, in the new goroutine: main goes on until
// that goroutine runs.
func main() {
	var work func(string)
	fmt.Println("starting")
	go work("job")
	fmt.Println("the go statement returned")
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
