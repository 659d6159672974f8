package main

import (
	"fmt"
	"strings"
)

type Sizer interface{ Size() int }

type File struct{ n int }

func (f File) Size() int { return f.n }

func main() {
	var r fmt.Stringer = &strings.Builder{}
	if _, ok := r.(interface{ Len() int }); ok {
		fmt.Println("has Len")
	}
	if _, ok := r.(interface{ Write([]byte) (int, error) }); ok {
		fmt.Println("a writer")
	}
	sb, ok := r.(*strings.Builder)
	sb.WriteString("hey")
	fmt.Println(ok, sb.Len(), r.String())
	var x any = File{3}
	var sz Sizer
	sz, ok = x.(Sizer)
	fmt.Println(sz.Size(), ok)
	f, ok := x.(*File)
	fmt.Println(f, ok)
	var nothing any
	n, ok := nothing.(Sizer)
	fmt.Println(n, ok)
	m := map[string]any{"a": 1, "b": "two"}
	if v, ok := m["b"].(string); ok {
		fmt.Println("b is", v)
	}
	if _, ok := m["c"].(int); !ok {
		fmt.Println("c missing")
	}
	ch := make(chan any, 1)
	ch <- File{9}
	if f, ok := (<-ch).(Sizer); ok {
		fmt.Println("from chan", f.Size())
	}
}
