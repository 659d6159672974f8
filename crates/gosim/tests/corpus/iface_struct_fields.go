package main

import "fmt"

type Node struct {
	Val  any
	Next *Node
	Meta map[string]any
}

type Pair struct {
	K string
	V fmt.Stringer
}

type ID int

func (i ID) String() string { return fmt.Sprintf("#%d", int(i)) }

func main() {
	n := Node{Val: 1, Next: &Node{Val: "x"}, Meta: map[string]any{"ok": true}}
	fmt.Printf("%v %+v\n", n.Val, *n.Next)
	fmt.Println(n.Meta, n.Next.Meta == nil, n.Next.Next == nil)
	ps := []Pair{{"a", ID(1)}, {"b", nil}}
	fmt.Printf("%v %+v\n", ps, ps[0])
	fmt.Printf("%#v\n", ps[1])
	n.Val = n.Next.Val
	n.Next.Val = 2
	fmt.Println(n.Val, n.Next.Val)
	z := Node{}
	fmt.Println(z.Val == nil, z)
}
