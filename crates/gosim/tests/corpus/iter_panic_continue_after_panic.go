package main

import "fmt"

// stubborn recovers the body's panic and calls yield again.
func stubborn(yield func(int) bool) {
	defer func() {
		r := recover()
		fmt.Println("iterator saw:", r)
		yield(2)
	}()
	yield(1)
}

func main() {
	for x := range stubborn {
		fmt.Println("body", x)
		if x == 1 {
			panic(fmt.Sprint("bad value ", x))
		}
	}
	fmt.Println("not reached")
}
