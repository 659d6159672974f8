package main

import (
	"fmt"
	"time"
)

func main() {
	hits := 0
	time.AfterFunc(time.Millisecond, func() {
		hits++
	})
	time.Sleep(20 * time.Millisecond)
	fmt.Println(hits)
}
