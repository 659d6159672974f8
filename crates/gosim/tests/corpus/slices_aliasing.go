package main

import "fmt"

func modify(s []int) {
	s[0] = 100 // visible to the caller
	s = append(s, 999)
	s[1] = 200 // may or may not be visible; here cap forces a new array
}

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:5]
	fmt.Println(a, len(a), cap(a))
	a[0] = -2
	fmt.Println("base after a[0]=-2:", base)

	a = append(a, 50) // fits in capacity: overwrites base[5]
	fmt.Println("base after append:", base)

	b := base[:0]
	for _, v := range base {
		if v%2 == 0 {
			b = append(b, v)
		}
	}
	fmt.Println("filtered in place:", b, "base now:", base)

	exact := []int{1, 2, 3}
	modify(exact)
	fmt.Println("exact:", exact)

	tail := base[len(base)-2:]
	fmt.Println(tail, len(tail), cap(tail))
	extended := tail[:cap(tail)]
	fmt.Println(extended)

	s := make([]int, 3, 4)
	x := append(s, 1)
	y := append(s, 2)
	fmt.Println("x and y share storage:", x, y)

	var empty []int
	fmt.Println(empty[0:0] == nil, len(base[8:]), base[3:3])
}
