package main

import "fmt"

func main() {
	// Since Go 1.22 every iteration has its own i.
	var funcs []func() int
	for i := 0; i < 4; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Printf("%d ", f())
	}
	fmt.Println()

	names := []string{"ann", "bob", "cy"}
	var greeters []func() string
	for _, n := range names {
		greeters = append(greeters, func() string { return "hi " + n })
	}
	for _, g := range greeters {
		fmt.Println(g())
	}

	// A variable declared outside the loop is shared by every closure.
	var shared int
	var readers []func() int
	for shared = 0; shared < 3; shared++ {
		readers = append(readers, func() int { return shared })
	}
	for _, r := range readers {
		fmt.Printf("%d ", r())
	}
	fmt.Println()

	// Changes to the loop variable in the body carry over to the next iteration,
	// and each closure sees its own iteration's final value.
	var caps []func() int
	for i := 0; i < 6; i++ {
		caps = append(caps, func() int { return i })
		if i%2 == 0 {
			i++
		}
	}
	for _, c := range caps {
		fmt.Printf("%d ", c())
	}
	fmt.Println(len(caps))
	func() {
		for j := range 3 {
			defer fmt.Println("deferred j =", j)
		}
	}()
}
