package main

import "fmt"

func main() {
	seen := map[any]bool{}
	for _, v := range []any{1, "a", []byte("b")} {
		seen[v] = true
		fmt.Println("added", v)
	}
}
