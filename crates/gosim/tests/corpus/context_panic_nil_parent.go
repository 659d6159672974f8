package main

import (
	"context"
	"fmt"
)

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%s: %v\n", name, recover())
	}()
	f()
}

func main() {
	var nilCtx context.Context
	try("WithCancel", func() { context.WithCancel(nilCtx) })
	try("WithValue", func() { context.WithValue(nilCtx, "k", "v") })
	try("WithoutCancel", func() { context.WithoutCancel(nilCtx) })
	try("WithTimeout", func() { context.WithTimeout(nilCtx, 0) })
	try("WithCancelCause", func() { context.WithCancelCause(nilCtx) })
	fmt.Println("and unrecovered:")
	context.WithCancel(nilCtx)
}
