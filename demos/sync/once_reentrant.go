// Calling Do on the same Once from inside f: the inner Do waits for the
// mutex the outer Do holds until f returns, which is never.
package main

import (
	"fmt"
	"sync"
)

var once sync.Once

func setup() {
	fmt.Println("setup: start")
	once.Do(setup) // "just make sure it is set up"
	fmt.Println("setup: end")
}

func main() {
	once.Do(setup)
	fmt.Println("ready")
}
