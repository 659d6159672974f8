package main

import "fmt"

// A blank field takes no value from a positional literal (the value is still
// evaluated), so two structs that differ only there are equal, as map keys too.
type packet struct {
	id   int
	_    [2]byte
	body string
	_    float64
}

type pair [2]packet

func weight() float64 {
	fmt.Println("weight evaluated")
	return 7.5
}

func main() {
	a := packet{1, [2]byte{9, 9}, "ping", weight()}
	b := packet{1, [2]byte{}, "ping", 0}
	fmt.Println(a == b, a)
	fmt.Printf("%+v\n", b)

	seen := map[packet]int{}
	seen[a]++
	seen[b]++
	fmt.Println(len(seen), seen[packet{id: 1, body: "ping"}])

	var x, y interface{} = a, packet{1, [2]byte{1, 2}, "ping", 3}
	fmt.Println(x == y, pair{a, b} == pair{b, a})

	c := &packet{2, [2]byte{5, 5}, "pong", 1}
	fmt.Printf("%v %d\n", *c, c.id)
}
