package main

import "fmt"

type T struct{ a int }

func get() any {
	type T struct{ a int }
	return T{1}
}

func main() {
	v := get()
	fmt.Printf("%T %v\n", v, v)
	_, ok := v.(T)
	fmt.Println(ok)
	t := v.(T)
	fmt.Println("never", t)
}
