package main

import (
	"context"
	"errors"
	"fmt"
)

type myCtx struct{ context.Context }

func (myCtx) Err() error { return errors.New("custom err") }

func main() {
	base, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := myCtx{base}
	fmt.Println(context.Cause(c))
	v := context.WithValue(c, "k", 1)
	fmt.Println(context.Cause(v))
}
