// gosim: refused 18:21: not supported here: iter.Pull
package main

import (
	"fmt"
	"iter"
)

func count(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	next, stop := iter.Pull(iter.Seq[int](count))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println(v)
	}
}
