// A call with two results can be the whole argument list of copy and delete.
package main

import "fmt"

func pair(dst []byte) ([]byte, []byte) { return dst, []byte("xyz") }

func fromString(dst []byte) ([]byte, string) { return dst, "hello" }

func entry(m map[string]int, k string) (map[string]int, string) { return m, k }

func main() {
	a := make([]byte, 2)
	n := copy(pair(a))
	fmt.Println(n, string(a))

	b := make([]byte, 8)
	n = copy(fromString(b))
	fmt.Println(n, string(b[:n]))

	m := map[string]int{"a": 1, "b": 2}
	delete(entry(m, "a"))
	delete(entry(m, "zzz"))
	fmt.Println(len(m), m["b"])
}
