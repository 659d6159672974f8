// gosim: compile-error
package main

import (
	"fmt"
	"sync"
)

func main() {
	f := sync.OnceValues
	fmt.Println(f)
}
