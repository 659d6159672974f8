package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	calls := 0
	for i := 0; i < 3; i++ {
		once.Do(func() { calls++ })
	}
	fmt.Println("calls:", calls)

	var bad sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bad.Do(func() { panic("init failed") })
	}()
	ran := false
	bad.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)

	var wg sync.WaitGroup
	var setup sync.Once
	value := 0
	for range 5 {
		wg.Go(func() {
			setup.Do(func() { value = 42 })
			if value != 42 {
				panic("Do returned before f finished")
			}
		})
	}
	wg.Wait()
	fmt.Println("value:", value)

	runs := 0
	f := sync.OnceFunc(func() { runs++ })
	f()
	f()
	fmt.Println("OnceFunc runs:", runs)

	execs := 0
	boom := sync.OnceFunc(func() {
		execs++
		panic("boom")
	})
	for i := 0; i < 3; i++ {
		func() {
			defer func() { fmt.Println("call", i, "panicked:", recover()) }()
			boom()
		}()
	}
	fmt.Println("executions:", execs)
}
