package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	ages := map[string]int{"ann": 31, "bob": 25, "cy": 40, "dee": 25}
	fmt.Println(slices.Sorted(maps.Keys(ages)))
	fmt.Println(slices.Sorted(maps.Values(ages)))
	total := 0
	for name, age := range maps.All(ages) {
		total += age
		_ = name
	}
	fmt.Println("total", total)

	copied := maps.Collect(maps.All(ages))
	copied["eve"] = 22
	fmt.Println(len(ages), len(copied), copied["eve"], copied["cy"])

	extra := map[string]int{"fay": 50}
	maps.Insert(extra, maps.All(map[string]int{"gus": 60, "ann": 1}))
	fmt.Println(extra)

	// Keys feeding a map built from a slice's index/value pairs.
	letters := maps.Collect(slices.All([]string{"x", "y", "z"}))
	fmt.Println(letters)
	count := 0
	for range maps.Keys(ages) {
		count++
		if count == 2 {
			break
		}
	}
	fmt.Println("stopped after", count)
}
