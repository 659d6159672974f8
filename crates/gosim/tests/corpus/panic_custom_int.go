package main

import "fmt"

type ExitCode int

func check(step int) {
	fmt.Println("step", step)
	if step == 3 {
		panic(ExitCode(42))
	}
}

func main() {
	defer fmt.Println("deferred calls still run before the crash")
	for i := 1; i <= 5; i++ {
		check(i)
	}
	fmt.Println("never printed")
}
