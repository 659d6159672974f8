package main

import "fmt"

func bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

func main() {
	defer func() {
		r := recover()
		fmt.Println(r)
		_, ok := r.(interface{ RuntimeError() })
		fmt.Println(ok)
		var e error = r.(error)
		fmt.Println(e.Error())
	}()
	for x := range bad {
		fmt.Println(x)
		break
	}
}
