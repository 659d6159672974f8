package main

import (
	"fmt"
	"sort"
)

// Inputs pdqsort treats specially: already sorted, reversed, all equal, organ pipe,
// sawtooth, a few swaps out of order. The counts of Less and Swap calls show that the
// same branch was taken as in Go.
type counted struct {
	v           []int
	less, swaps int
}

func (c *counted) Len() int           { return len(c.v) }
func (c *counted) Less(i, j int) bool { c.less++; return c.v[i] < c.v[j] }
func (c *counted) Swap(i, j int)      { c.swaps++; c.v[i], c.v[j] = c.v[j], c.v[i] }

func main() {
	shapes := map[string]func(i, n int) int{
		"sorted":    func(i, n int) int { return i },
		"reversed":  func(i, n int) int { return n - i },
		"equal":     func(i, n int) int { return 4 },
		"organ":     func(i, n int) int { return min(i, n-i) },
		"sawtooth":  func(i, n int) int { return i % 17 },
		"twovalues": func(i, n int) int { return (i * 7) % 2 },
		"nearly": func(i, n int) int {
			if i%40 == 39 {
				return i - 30
			}
			return i
		},
	}
	for _, name := range []string{"sorted", "reversed", "equal", "organ", "sawtooth", "twovalues", "nearly"} {
		for _, n := range []int{20, 51, 200, 1000} {
			c := &counted{v: make([]int, n)}
			for i := range c.v {
				c.v[i] = shapes[name](i, n)
			}
			sort.Sort(c)
			fmt.Println(name, n, c.less, c.swaps, sort.IntsAreSorted(c.v))
		}
	}
}
