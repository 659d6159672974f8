package main

// A bad verb on a pointer below the top level (a field, an element, a map value)
// prints the pointer as fmt prints a top-level operand with %v: `&{...}` for a
// pointer to a struct, array, slice or map, with every pointer inside it an address.
// Addresses are the host's, so long runs of hex or decimal digits are masked.

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

type holder struct{ p *Point }

type Exported struct{ P *Point }

type wrapped struct{ err error }

type Node struct {
	Val  int
	Next *Node
}

type Label struct{}

func (Label) String() string { return "label" }

type Tagged struct{ L Label }

func isDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c == 'x'
}

// mask replaces each run of 9 or more hex digits (and x) with ADDR.
func mask(s string) string {
	out := []byte{}
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i >= 9 {
			out = append(out, "ADDR"...)
			i = j
			continue
		}
		if j == i {
			j++
		}
		out = append(out, s[i:j]...)
		i = j
	}
	return string(out)
}

func show(format string, args ...any) {
	fmt.Println(mask(fmt.Sprintf(format, args...)))
}

func main() {
	p := &Point{1, 2}
	show("%s", holder{p})
	show("%d", holder{p})
	show("%x", holder{p})
	show("%v", holder{p})
	show("%+v", holder{p})
	show("%s", Exported{p})
	show("%s", holder{})
	show("%d", holder{})

	show("%s", wrapped{errors.New("boom")})
	show("%d", wrapped{errors.New("boom")})
	show("%s", struct{ E error }{errors.New("boom")})
	show("%d", struct{ E error }{errors.New("boom")})

	show("%s", []*Point{p, nil})
	show("%t", []*Point{p})
	show("%q", []any{p, "q"})
	show("%s", map[string]*Point{"k": p})
	show("%s", [1]*Point{p})
	show("%s", [][]*Point{{p}})
	show("%s", &[]*Point{p})
	show("%s", []*[]int{{1, 2}})
	show("%s", []*map[string]int{{"a": 1}})
	show("%s", []*[2]bool{{true}})

	list := &Node{1, &Node{2, &Node{3, nil}}}
	show("%s", list)
	show("%d", list)
	show("%s", []*Node{list.Next.Next})
	show("%s", []*Node{list})

	// No method runs inside a bad verb's operand.
	show("%s", []*Tagged{{}})
	show("%s", Tagged{})

	// Flags carry into the operand.
	show("[%12s]", []*Point{p})
	show("[%-12s]", []*Point{p})
	show("%+s", []*Point{p})
	show("%#s", []*Point{p})
}
