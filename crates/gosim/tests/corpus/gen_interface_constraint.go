package main

import (
	"fmt"
	"strconv"
)

type Stringer interface {
	String() string
}

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

type StringableInt interface {
	~int
	String() string
}

func Join[T Stringer](xs []T, sep string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += sep
		}
		out += x.String()
	}
	return out
}

func Double[T StringableInt](x T) string {
	return (x * 2).String()
}

func main() {
	fmt.Println(Join([]ID{1, 2, 3}, ", "))
	fmt.Println(Double(ID(21)))
}
