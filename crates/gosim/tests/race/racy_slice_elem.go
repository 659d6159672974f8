package main

import (
	"fmt"
	"time"
)

func main() {
	s := make([]int, 3)
	go func() {
		s[0] = 1
	}()
	s[0] = 2
	time.Sleep(10 * time.Millisecond)
	fmt.Println(len(s))
}
