package main

import (
	"encoding/json"
	"fmt"
)

type A struct{ X, Y int }
type B struct {
	X int `json:"X"`
}
type C struct {
	A
	B
	Z int
}
type D struct {
	A
	Y int
}
type E struct {
	*A
	W int
}
type F struct {
	A `json:"a"`
	N int `json:"n,omitempty"`
}
type G struct {
	a   int
	Pub string
}
type H1 struct{ Name string }
type H2 struct{ Name string }
type H struct {
	H1
	H2
}
type Deep struct {
	C
	X string `json:"X"`
}

type Inner struct {
	X int `json:"x"`
	Y string
}

type T struct {
	Name string         `json:"name"`
	Age  int            `json:"age,omitempty"`
	Skip int            `json:"-"`
	Dash int            `json:"-,"`
	Tags []string       `json:"tags"`
	M    map[string]int `json:"m"`
	B    []byte         `json:"b"`
	P    *Inner         `json:"p"`
	F    float64        `json:"f"`
	S    int            `json:",string"`
	Any  interface{}    `json:"any"`
	Inner
	priv int
}

func show(v any) {
	b, err := json.Marshal(v)
	fmt.Println(string(b), err)
}

func main() {
	show(C{A{1, 2}, B{3}, 4})
	show(D{A{1, 2}, 5})
	show(E{W: 1})
	show(E{A: &A{1, 2}})
	show(F{A: A{1, 2}})
	show(G{1, "p"})
	show(H{H1{"a"}, H2{"b"}})
	show(Deep{X: "top"})
	t := T{Name: "a<b>&", M: map[string]int{"z": 1, "a": 2}, B: []byte("hello!"), F: 1e21, S: 5, Any: []int{1, 2}, Inner: Inner{1, "y"}, Dash: 3}
	show(t)
	show(&t)
	show(struct {
		A int            `json:"a,omitempty"`
		B string         `json:"b,omitempty"`
		C *int           `json:"c,omitempty"`
		D []int          `json:"d,omitempty"`
		E map[string]int `json:"e,omitempty"`
		F struct{}       `json:"f,omitempty"`
		G float64        `json:",omitempty"`
		H bool           `json:"h,string"`
		I string         `json:"i,string"`
		J float64        `json:"j,string"`
		K int            `json:"k!#"`
		Z int            `json:"z,omitzero"`
		Y [2]int         `json:"y,omitzero"`
		X A              `json:"x,omitzero"`
	}{I: "x\"y", D: []int{}})
	show([]interface{}{nil, 1, "a", []int(nil), map[string]int(nil), [2]bool{}, []byte{}, []byte(nil)})
	show(map[int]string{10: "a", -2: "b", 3: "c"})
	show(map[uint8]bool{200: true, 7: false})
	show(json.Number("12.5"))
	show(json.RawMessage(` {"a" : [1, 2]} `))
	show(struct {
		R json.RawMessage
		N json.Number
	}{})
}
