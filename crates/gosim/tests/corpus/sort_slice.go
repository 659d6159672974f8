package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	ints := []int{5, 2, 8, -1, 2, 9, 0}
	sort.Ints(ints)
	fmt.Println(ints)

	words := []string{"pear", "Apple", "fig", "banana", "apple"}
	sort.Strings(words)
	fmt.Println(words)

	people := []Person{
		{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30},
	}
	sort.Slice(people, func(i, j int) bool {
		if people[i].Age != people[j].Age {
			return people[i].Age < people[j].Age
		}
		return people[i].Name > people[j].Name
	})
	for _, p := range people {
		fmt.Printf("%-6s %d\n", p.Name, p.Age)
	}

	byLen := []string{"ccc", "a", "bb", "dddd", "ee"}
	sort.Slice(byLen, func(i, j int) bool {
		if len(byLen[i]) != len(byLen[j]) {
			return len(byLen[i]) > len(byLen[j])
		}
		return byLen[i] < byLen[j]
	})
	fmt.Println(byLen)

	// Sorting a sub-slice sorts the shared backing array in place.
	nums := []int{9, 8, 7, 6, 5, 4}
	sort.Ints(nums[1:4])
	fmt.Println(nums)

	// Median of a copy leaves the original untouched.
	data := []int{7, 1, 4, 9, 3}
	sorted := append([]int(nil), data...)
	sort.Ints(sorted)
	fmt.Println("median", sorted[len(sorted)/2], "of", data)
}
