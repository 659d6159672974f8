package main

import "fmt"

type List struct {
	v    int
	next *List
}

func (l *List) Sum() int {
	if l == nil {
		return 0
	}
	return l.v + l.next.Sum()
}

type Summer interface{ Sum() int }

func main() {
	var l *List
	var s Summer = l
	fmt.Println(s.Sum(), s != nil)
	s = &List{1, &List{2, nil}}
	fmt.Println(s.Sum())
	var none Summer
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(none.Sum())
}
