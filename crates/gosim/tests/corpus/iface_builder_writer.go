package main

import (
	"fmt"
	"strings"
)

type Writer interface {
	Write(p []byte) (int, error)
}

func main() {
	var b strings.Builder
	var w Writer = &b
	n, err := w.Write([]byte("abc"))
	fmt.Println(n, err, b.String())
	b.WriteString(fmt.Sprintf("-%d", 42))
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap() >= 106, b.String())
	_, ok := any(b).(Writer)
	_, ok2 := any(&b).(fmt.Stringer)
	fmt.Println(ok, ok2)
	defer func() { fmt.Println(recover()) }()
	b.Grow(-1)
}
