package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func push(head *Node, v int) *Node { return &Node{v, head} }

func swap(a, b *int) { *a, *b = *b, *a }

func reverse(head *Node) *Node {
	var prev *Node
	for head != nil {
		head, head.Next, prev = head.Next, prev, head
	}
	return prev
}

func (n *Node) String() string {
	s := ""
	for ; n != nil; n = n.Next {
		s += fmt.Sprintf("%d->", n.Val)
	}
	return s + "nil"
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)

	p := new(int)
	fmt.Println(*p)
	*p = 42
	q := p
	*q++
	fmt.Println(*p, p == q)

	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr)

	var list *Node
	for i := 1; i <= 5; i++ {
		list = push(list, i)
	}
	fmt.Println(list)
	list = reverse(list)
	fmt.Println(list.String())

	type counter struct{ n int }
	cs := []*counter{{1}, {2}}
	for _, c := range cs {
		c.n *= 10
	}
	fmt.Println(cs[0].n, cs[1].n)

	pp := &p
	**pp = 7
	fmt.Println(*p, *q)
	var nilNode *Node
	fmt.Println(nilNode.String(), nilNode == nil)
}
