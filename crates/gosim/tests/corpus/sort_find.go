package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	words := []string{"apple", "banana", "cherry", "grape", "melon"}
	calls := 0
	for _, target := range []string{"cherry", "apple", "kiwi", "zebra", "aaa"} {
		i, found := sort.Find(len(words), func(i int) int {
			calls++
			return strings.Compare(target, words[i])
		})
		fmt.Println(target, i, found)
	}
	fmt.Println("calls:", calls)
	i, found := sort.Find(0, func(int) int { return 0 })
	fmt.Println(i, found)
	nums := []int{1, 3, 3, 3, 7}
	i, found = sort.Find(len(nums), func(i int) int { return 3 - nums[i] })
	fmt.Println(i, found)
}
