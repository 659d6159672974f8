package main

// sort.Interface by hand: a value-receiver type (byLen), a pointer-receiver one (only
// *byAge implements it), sort.Reverse over both, and the ready-made IntSlice.

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

type byAge []person

func (a *byAge) Len() int           { return len(*a) }
func (a *byAge) Less(i, j int) bool { return (*a)[i].age < (*a)[j].age }
func (a *byAge) Swap(i, j int)      { (*a)[i], (*a)[j] = (*a)[j], (*a)[i] }

func main() {
	w := []string{"ccc", "a", "bb", "dddd"}
	sort.Sort(byLen(w))
	fmt.Println(w, sort.IsSorted(byLen(w)))
	var si sort.Interface = byLen(w)
	sort.Sort(sort.Reverse(si))
	fmt.Println(w, sort.IsSorted(si))

	n := []int{5, 2, 8, 1}
	sort.Sort(sort.Reverse(sort.IntSlice(n)))
	fmt.Println(n, sort.IntsAreSorted(n))
	sort.Ints(n)
	fmt.Println(n, sort.SearchInts(n, 5), sort.SearchInts(n, 6))

	people := []person{{"ann", 30}, {"bob", 25}, {"cy", 30}, {"di", 20}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	ages := byAge{{"A", 30}, {"B", 20}, {"C", 25}}
	sort.Sort(&ages)
	fmt.Println(ages)
	_, ok := any(ages).(sort.Interface)
	_, ok2 := any(&ages).(sort.Interface)
	fmt.Println(ok, ok2)
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println("first square >= 50:", i)
}
