package main

import (
	"context"
	"fmt"
)

type key struct {
	parts []string
}

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(context.Background(), map[string]int{}, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(context.Background(), func() {}, 1)
	}()
	// An interface field keeps a struct comparable as a type.
	type holder struct{ v any }
	ctx := context.WithValue(context.Background(), holder{1}, "fine")
	fmt.Println(ctx.Value(holder{1}))
	context.WithValue(context.Background(), key{[]string{"a"}}, 1)
}
