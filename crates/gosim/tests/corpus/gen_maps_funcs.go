package main

import (
	"fmt"
	"maps"
	"strings"
)

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	c := maps.Clone(m)
	c["d"] = 4
	fmt.Println(maps.Equal(m, c), len(m), len(c))
	delete(c, "d")
	fmt.Println(maps.Equal(m, c), c)
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(c)
	dst := map[string]int{"z": 26}
	maps.Copy(dst, m)
	fmt.Println(dst)
	eq := maps.EqualFunc(m, map[string]string{"a": "1", "b": "2", "c": "3"}, func(v int, s string) bool {
		return fmt.Sprint(v) == strings.TrimSpace(s)
	})
	fmt.Println(eq)
	var nilMap map[string]int
	fmt.Println(maps.Clone(nilMap) == nil)
}
