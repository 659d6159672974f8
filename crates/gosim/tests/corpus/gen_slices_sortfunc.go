package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dave", 28}}
	slices.SortFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int { return cmp.Compare(b.Name, a.Name) })
	fmt.Println(people)
	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(oldest)
	ss := []string{"b", "c", "a"}
	slices.SortFunc(ss, cmp.Compare[string])
	fmt.Println(ss)
	slices.SortStableFunc(ss, func(a, b string) int { return cmp.Compare(b, a) })
	fmt.Println(ss)
	i, ok := slices.BinarySearchFunc(people, "Bob", func(p Person, name string) int { return cmp.Compare(name, p.Name) })
	fmt.Println(i, ok)
}
