package main

// A panic raised while runtime.Goexit runs the deferred calls, then recovered:
// the Goexit is not cancelled, the goroutine still ends.

import (
	"fmt"
	"runtime"
	"sync"
)

func deep() {
	defer fmt.Println("deep: its last defer runs")
	defer panic("from deep")
	runtime.Goexit()
}

func middle() {
	defer fmt.Println("middle: its last defer runs")
	defer func() { fmt.Println("middle recovered:", recover()) }()
	deep()
	fmt.Println("middle: not reached")
}

func inDeferredCall() {
	defer fmt.Println("inDeferredCall: last defer")
	defer func() {
		func() {
			defer func() { fmt.Println("nested recovered:", recover()) }()
			panic("nested")
		}()
		fmt.Println("the deferred call goes on after its own recovery")
	}()
	runtime.Goexit()
}

func run(name string, f func()) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println(name, "goroutine: outer defer")
		f()
		fmt.Println(name, "goroutine: not reached")
	}()
	wg.Wait()
}

func main() {
	run("same frame", func() {
		defer fmt.Println("same frame: defer above")
		defer func() { fmt.Println("same frame recovered:", recover()) }()
		defer panic("p")
		runtime.Goexit()
	})
	run("closure panic", func() {
		defer func() { fmt.Println("closure recovered:", recover()) }()
		defer func() { panic(fmt.Sprint("q", 1)) }()
		runtime.Goexit()
	})
	run("shallower frame", middle)
	run("deferred call", inDeferredCall)
	run("two panics", func() {
		defer func() { fmt.Println("two recovered:", recover()) }()
		defer panic("second")
		defer panic("first")
		runtime.Goexit()
	})
}
