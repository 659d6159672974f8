package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	ages["bob"]++
	fmt.Println(ages, len(ages))

	if age, ok := ages["dave"]; !ok {
		fmt.Println("dave missing, zero value:", age)
	}
	v, ok := ages["alice"]
	fmt.Println(v, ok)

	delete(ages, "alice")
	delete(ages, "nobody")
	fmt.Println(ages)

	keys := make([]string, 0, len(ages))
	for k := range ages {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-6s %3d\n", k, ages[k])
	}

	groups := map[int][]string{}
	for _, w := range []string{"go", "rust", "c", "java", "zig", "ocaml", "d"} {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups)

	type key struct{ x, y int }
	grid := map[key]bool{{1, 2}: true, {0, 0}: false}
	fmt.Println(grid[key{1, 2}], grid[key{5, 5}], len(grid))

	nested := map[string]map[string]int{}
	for _, pair := range [][2]string{{"a", "x"}, {"a", "y"}, {"b", "x"}, {"a", "x"}} {
		if nested[pair[0]] == nil {
			nested[pair[0]] = map[string]int{}
		}
		nested[pair[0]][pair[1]]++
	}
	fmt.Println(nested)
	for k := range ages {
		delete(ages, k)
	}
	fmt.Println(ages, len(ages))
}
