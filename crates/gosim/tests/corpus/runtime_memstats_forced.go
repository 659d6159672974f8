package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	data [16]int
}

// Counting the collections a program forces: MemStats.NumForcedGC goes up by one
// for each runtime.GC call (the small heap here never makes Go collect on its own).
func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("before:", m.NumForcedGC)
	var head *node
	for round := 1; round <= 3; round++ {
		for i := 0; i < 100; i++ {
			head = &node{next: head}
			head.data[0] = i
		}
		head = nil
		runtime.GC()
		runtime.ReadMemStats(&m)
		fmt.Printf("round %d: forced %d\n", round, m.NumForcedGC)
	}
	var fresh runtime.MemStats
	fmt.Println("zero value:", fresh.NumForcedGC, head == nil)
}
