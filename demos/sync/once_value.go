// OnceValue and OnceValues (Go 1.21): compute a result once, hand the cached
// result to every later caller.
package main

import (
	"errors"
	"fmt"
	"sync"
)

var port = sync.OnceValue(func() int {
	fmt.Println("reading the port")
	return 8080
})

var token = sync.OnceValues(func() (string, error) {
	fmt.Println("asking for a token")
	return "", errors.New("vault sealed")
})

func main() {
	fmt.Println(port(), port())
	for i := 0; i < 2; i++ {
		t, err := token()
		fmt.Printf("token %q, error %v\n", t, err)
	}
}
