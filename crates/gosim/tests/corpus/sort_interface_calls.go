package main

import (
	"fmt"
	"sort"
)

// sort.Sort through an Interface that counts its calls: Go's pdqsort makes an exact
// sequence of Less and Swap calls, and equal elements end where that sequence puts them.
type byScore struct {
	names  []string
	scores []int
	less   int
	swaps  int
}

func (b *byScore) Len() int           { return len(b.names) }
func (b *byScore) Less(i, j int) bool { b.less++; return b.scores[i] < b.scores[j] }
func (b *byScore) Swap(i, j int) {
	b.swaps++
	b.names[i], b.names[j] = b.names[j], b.names[i]
	b.scores[i], b.scores[j] = b.scores[j], b.scores[i]
}

func main() {
	letters := "abcdefghijklmnopqrstuvwxyz"
	for _, n := range []int{5, 12, 13, 20, 33, 49, 50, 51, 64, 100, 150, 256} {
		b := &byScore{}
		for i := 0; i < n; i++ {
			b.names = append(b.names, fmt.Sprintf("%c%d", letters[i%26], i))
			b.scores = append(b.scores, (i*i*7+3*i)%9)
		}
		sort.Sort(b)
		less, swaps := b.less, b.swaps
		fmt.Println(n, "less", less, "swaps", swaps, sort.IsSorted(b))
		if n <= 64 {
			fmt.Println(b.names)
		} else {
			fmt.Println(b.names[:10], b.names[n-10:])
		}
	}
	r := &byScore{names: []string{"x", "y", "z", "w", "v", "u", "t", "s", "r", "q", "p", "o", "n", "m"},
		scores: []int{3, 1, 3, 1, 2, 2, 3, 1, 2, 3, 1, 2, 3, 1}}
	sort.Sort(sort.Reverse(r))
	fmt.Println(r.names, r.scores, r.less, r.swaps)
}
