package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	lastCap := cap(s)
	for i := 0; i < 40; i++ {
		s = append(s, i)
		if cap(s) != lastCap {
			fmt.Printf("len=%2d cap %2d -> %2d\n", len(s), lastCap, cap(s))
			lastCap = cap(s)
		}
	}

	m := make([]int, 3, 10)
	fmt.Println(m, len(m), cap(m))
	m = append(m, 1, 2)
	fmt.Println(m, len(m), cap(m))

	// Appending many at once to an empty slice.
	big := append([]int(nil), make([]int, 7)...)
	fmt.Println(len(big), cap(big))

	words := []string{}
	for _, w := range []string{"a", "b", "c", "d", "e"} {
		words = append(words, w)
		fmt.Printf("%d/%d ", len(words), cap(words))
	}
	fmt.Println()

	bs := []byte("hi")
	bs = append(bs, " there"...)
	fmt.Println(string(bs), len(bs))

	src := []int{1, 2, 3}
	dst := append(src[:1], 9)
	fmt.Println("src shares memory:", src, dst)
}
