// gosim: compile-error
package main

import (
	"fmt"
	"sync"
)

func main() {
	get := sync.OnceValue(func() (int, error) { return 1, nil })
	fmt.Println(get())
}
