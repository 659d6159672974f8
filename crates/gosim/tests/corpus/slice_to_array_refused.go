// gosim: refused 8:7: not supported here: converting a slice to an array
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	a := [2]int(s)
	p := (*[3]int)(s)
	p[0] = 9
	fmt.Println(a, s)
}
