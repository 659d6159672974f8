package main

import (
	"fmt"
	"time"
)

func main() {
	count := 0
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			count++
			time.Sleep(time.Millisecond)
		}
		done <- true
	}()
	time.Sleep(time.Millisecond)
	fmt.Println(count >= 0)
	<-done
}
