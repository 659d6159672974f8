package main

import (
	"context"
	"fmt"
)

type ctxKey string

type otherKey string

type traceKey struct{ n int }

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "alice")
	ctx = context.WithValue(ctx, ctxKey("role"), "admin")
	inner := context.WithValue(ctx, ctxKey("user"), "bob")

	fmt.Println(ctx.Value(ctxKey("user")), inner.Value(ctxKey("user")))
	fmt.Println(inner.Value(ctxKey("role")))
	// Same text, different type: a different key.
	fmt.Println(inner.Value(otherKey("user")), inner.Value("user"))

	// Struct keys compare by value.
	t := context.WithValue(inner, traceKey{1}, "trace-1")
	fmt.Println(t.Value(traceKey{1}), t.Value(traceKey{2}))

	// A pointer key is found only through that pointer.
	k := new(int)
	p := context.WithValue(t, k, 99)
	fmt.Println(p.Value(k), p.Value(new(int)))

	// Values flow through cancelable contexts.
	c, cancel := context.WithCancel(p)
	defer cancel()
	v, ok := c.Value(ctxKey("role")).(string)
	fmt.Println(v, ok)
	n, ok := c.Value(ctxKey("missing")).(int)
	fmt.Println(n, ok)
	fmt.Println(t)
}
