package main

import "fmt"

type Registry struct {
	byName map[string]int
}

func (r *Registry) Add(name string, id int) {
	r.byName[name] = id
}

func main() {
	var r Registry
	fmt.Println("reading a nil map is fine:", r.byName["x"], len(r.byName))
	for k, v := range r.byName {
		fmt.Println("never", k, v)
	}
	delete(r.byName, "x")
	fmt.Println("deleting from a nil map is fine too")
	r.Add("first", 1)
	fmt.Println("never printed")
}
