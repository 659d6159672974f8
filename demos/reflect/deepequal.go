package main

import (
	"fmt"
	"reflect"
)

type Config struct {
	Name  string
	Ports []int
	Env   map[string]string
}

func main() {
	a := Config{"api", []int{80, 443}, map[string]string{"mode": "prod"}}
	b := Config{"api", []int{80, 443}, map[string]string{"mode": "prod"}}

	// a == b does not compile: Config holds a slice and a map.
	fmt.Println("DeepEqual(a, b):", reflect.DeepEqual(a, b))

	b.Ports[1] = 8443
	fmt.Println("after changing a port:", reflect.DeepEqual(a, b))

	fmt.Println("nil slice vs empty:", reflect.DeepEqual([]int(nil), []int{}))
	fmt.Println("int vs int64:", reflect.DeepEqual(1, int64(1)))
}
