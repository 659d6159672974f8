// copy between slices of one element type, named slice types and a string source.
package main

import "fmt"

type Bytes []byte
type Row []int

func main() {
	b := make(Bytes, 3)
	n := copy(b, "golang")
	fmt.Println(n, b, string(b))
	var raw []byte = []byte("xy")
	n = copy(b[1:], raw)
	fmt.Println(n, string(b))
	r := Row{1, 2, 3, 4}
	n = copy(r, []int{9, 8})
	fmt.Println(n, r)
	n = copy(r[1:], r)
	fmt.Println(n, r)
	var none []int
	fmt.Println(copy(none, r), copy(r, none))
}
