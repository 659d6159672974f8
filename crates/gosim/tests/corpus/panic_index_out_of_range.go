package main

import "fmt"

func lookup(items []string, i int) string {
	fmt.Println("looking up index", i)
	return items[i]
}

func main() {
	items := []string{"zero", "one", "two"}
	for i := 0; i < 5; i++ {
		fmt.Println("got", lookup(items, i))
	}
	fmt.Println("never printed")
}
