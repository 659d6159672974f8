// A goroutine whose whole body is a library function that blocks (`go time.Sleep(d)`)
// waits like any other goroutine; it used to end at once.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go time.Sleep(time.Hour)
	go time.Sleep(2 * time.Millisecond)
	time.Sleep(time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
	time.Sleep(2 * time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
	c := make(chan int)
	go close(c)
	<-c
	fmt.Println("closed")
	go runtime.Gosched()
	time.Sleep(time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
}
