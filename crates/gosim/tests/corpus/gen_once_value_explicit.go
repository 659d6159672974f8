package main

import (
	"fmt"
	"strconv"
	"sync"
)

func main() {
	loads := 0
	get := sync.OnceValue[int](func() int {
		loads++
		return 42
	})
	fmt.Println(get(), get(), loads)
	parse := sync.OnceValues[int, error](func() (int, error) { return strconv.Atoi("12x") })
	n, err := parse()
	fmt.Println(n, err)
	fmt.Printf("%T\n", get)
}
