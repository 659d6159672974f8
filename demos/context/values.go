package main

import (
	"context"
	"fmt"
)

// An unexported key type: no other package can make the same key.
type ctxKey int

const (
	userKey ctxKey = iota
	requestIDKey
)

func handle(ctx context.Context) {
	user, ok := ctx.Value(userKey).(string)
	fmt.Println("user:", user, ok)
	id, ok := ctx.Value(requestIDKey).(int)
	fmt.Println("request:", id, ok)
	fmt.Println("missing:", ctx.Value("user"))
}

func main() {
	ctx := context.WithValue(context.Background(), userKey, "alice")
	ctx = context.WithValue(ctx, requestIDKey, 17)
	admin := context.WithValue(ctx, userKey, "root")
	fmt.Println(admin)
	handle(ctx)
	handle(admin)
}
