package main

import "fmt"

type Handler func(string) string

func main() {
	handlers := map[string]Handler{
		"greet": func(n string) string { return "hello " + n },
		"shout": func(n string) string { return n + "!!!" },
	}
	for _, name := range []string{"greet", "shout", "wave"} {
		h := handlers[name]
		fmt.Println("calling", name, "nil:", h == nil)
		fmt.Println(h("gopher"))
	}
	fmt.Println("never printed")
}
