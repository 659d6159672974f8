package main

import (
	"fmt"
	"runtime"
)

// Found by the program generator: a call of a result-less native used as a statement
// was rejected with "cannot use runtime.Gosched as a value here".
func main() {
	done := make(chan bool, 1)
	go func() {
		runtime.Gosched()
		done <- true
	}()
	runtime.Gosched()
	fmt.Println(<-done, runtime.NumGoroutine())
}
