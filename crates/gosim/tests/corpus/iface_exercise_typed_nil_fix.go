package main

import "fmt"

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

// lookup reports a missing key as a *NotFound and a present one as no error.
func lookup(m map[string]int, key string) error {
	var nf *NotFound
	if _, ok := m[key]; !ok {
		nf = &NotFound{key}
		return nf
	}
	return nf
}

func main() {
	m := map[string]int{"a": 1}
	err := lookup(m, "a")
	p, _ := err.(*NotFound)
	fmt.Println("err != nil:", err != nil)
	fmt.Println("nil pointer inside:", p == nil)
}
