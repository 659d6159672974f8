// The same program with sync.Once: no caller returns from Do before setup
// has returned.
package main

import (
	"fmt"
	"sync"
)

var (
	once sync.Once
	port int
)

func setup() { port = 8080 }

func main() {
	done := make(chan bool)
	go func() {
		once.Do(setup)
		fmt.Println("worker: port", port)
		done <- true
	}()
	once.Do(setup)
	fmt.Println("main: port", port)
	<-done
}
