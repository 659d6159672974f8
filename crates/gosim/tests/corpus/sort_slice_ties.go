package main

import (
	"fmt"
	"sort"
)

// sort.Slice is not stable: which of two equal elements comes first depends on the
// exact steps of Go's pdqsort. Every length from 1 to 200, keys with many ties; each
// line is the length, the number of less calls and a fingerprint of the order.
type item struct{ key, id int }

func main() {
	seed := uint32(7)
	next := func() int {
		seed = seed*1664525 + 1013904223
		return int(seed >> 8)
	}
	for n := 1; n <= 200; n++ {
		items := make([]item, n)
		for i := range items {
			items[i] = item{next() % (n/10 + 2), i}
		}
		calls := 0
		sort.Slice(items, func(i, j int) bool {
			calls++
			return items[i].key < items[j].key
		})
		sum := 0
		for i, it := range items {
			sum = (sum*31 + it.id*7 + i) % 1000003
		}
		fmt.Println(n, calls, sum)
		if n == 13 || n == 50 || n == 97 {
			ids := make([]int, n)
			for i, it := range items {
				ids[i] = it.id
			}
			fmt.Println(ids)
		}
	}
}
