package main

import (
	"fmt"
	"sync"
)

func main() {
	execs := 0
	boom := sync.OnceValue(func() int {
		execs++
		panic("boom")
	})
	for i := 0; i < 3; i++ {
		func() {
			defer func() { fmt.Println("call", i, "panicked:", recover()) }()
			v := boom()
			fmt.Println("never", v)
		}()
	}
	fmt.Println("executions:", execs)

	both := sync.OnceValues(func() (string, error) {
		var m map[string]int
		m["x"] = 1
		return "unreachable", nil
	})
	for i := 0; i < 2; i++ {
		func() {
			defer func() {
				r := recover()
				err, ok := r.(error)
				fmt.Println("recovered error:", ok, err)
			}()
			both()
		}()
	}
	last := sync.OnceValue(func() string { panic(fmt.Sprintf("bad %d", 7)) })
	fmt.Println(last())
}
