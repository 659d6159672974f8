package main

import "fmt"

var registry []string

func init() {
	registry = append(registry, "first init")
	fmt.Println("init 1 sees", len(registry), "entries")
}

var greeting = makeGreeting()

func makeGreeting() string {
	fmt.Println("package variable initialised before any init")
	return "hello"
}

func init() {
	registry = append(registry, "second init")
	fmt.Println("init 2 sees", len(registry), "entries and", greeting)
}

// Several init functions run in source order, after the package variables and
// before main.
func main() {
	fmt.Println("main:", registry)
}

func init() {
	registry = append(registry, "third init, declared after main")
}
