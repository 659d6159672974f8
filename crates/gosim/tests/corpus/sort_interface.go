package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type person struct {
	name string
	age  int
}

func main() {
	w := []string{"ccc", "a", "bb", "dddd"}
	sort.Sort(byLen(w))
	fmt.Println(w, sort.IsSorted(byLen(w)))
	sort.Sort(sort.Reverse(byLen(w)))
	fmt.Println(w, sort.IsSorted(byLen(w)))

	n := []int{5, 2, 8, 1}
	sort.Sort(sort.Reverse(sort.IntSlice(n)))
	fmt.Println(n, sort.IntsAreSorted(n))
	sort.Ints(n)
	fmt.Println(n, sort.SearchInts(n, 5), sort.SearchInts(n, 6))

	people := []person{{"ann", 30}, {"bob", 25}, {"cy", 30}, {"di", 20}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println("first square >= 50:", i)
}
