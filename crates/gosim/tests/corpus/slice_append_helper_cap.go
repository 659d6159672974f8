package main

import "fmt"

// Go's escape analysis looks into the functions a slice is passed to: a helper
// that only reads len, cap or the elements keeps the caller's appends on the
// stack (a 32-byte buffer), while one that hands it to fmt moves it to the heap,
// where append grows by size classes. (One that stores it may be inlined, which
// the engine does not follow: that capacity is refused, tests/refusals.rs.)
var saved [][]int

func describe(label string, s []int) {
	fmt.Printf("%s len=%d cap=%d\n", label, len(s), cap(s))
}

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func report(s []int) int { return sum(s) * 10 }

func remember(s []int) { saved = append(saved, s) }

func show(s []int) { fmt.Println("show", s) }

func main() {
	var kept []int
	for i := 1; i <= 5; i++ {
		kept = append(kept, i)
		describe("kept", kept)
	}
	var chained []int
	chained = append(chained, 1, 2)
	fmt.Println("chained", report(chained), cap(chained))

	var stored []int
	stored = append(stored, 7)
	remember(stored)
	fmt.Println("stored", len(stored), len(saved))

	var printed []int
	printed = append(printed, 8, 9, 10)
	show(printed)
	fmt.Println("printed", cap(printed))
}
