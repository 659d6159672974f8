package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type Person struct {
	Name string
	Age  int
}
type byAge []Person

func (a *byAge) Len() int           { return len(*a) }
func (a *byAge) Less(i, j int) bool { return (*a)[i].Age < (*a)[j].Age }
func (a *byAge) Swap(i, j int)      { (*a)[i], (*a)[j] = (*a)[j], (*a)[i] }

func main() {
	words := byLen{"banana", "kiwi", "apple", "fig"}
	var si sort.Interface = words
	sort.Sort(si)
	fmt.Println(words, sort.IsSorted(si))
	people := byAge{{"A", 30}, {"B", 20}, {"C", 25}}
	sort.Sort(&people)
	fmt.Println(people)
	_, ok := any(people).(sort.Interface)
	_, ok2 := any(&people).(sort.Interface)
	fmt.Println(ok, ok2)
	sort.Sort(sort.Reverse(words))
	fmt.Println(words)
}
