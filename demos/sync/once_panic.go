// f panics: the panic reaches the caller of Do, and the Once is done all the
// same.
package main

import (
	"fmt"
	"sync"
)

var once sync.Once

func connect() {
	fmt.Println("connecting")
	panic("connection refused")
}

func tryConnect() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	once.Do(connect)
	fmt.Println("connected")
}

func main() {
	tryConnect()
	tryConnect()
}
