package main

import (
	"encoding/json"
	"fmt"
)

type A struct {
	X int `json:"x"`
	Y int
}
type B struct {
	X int
	Y int `json:"Y"`
}
type AB struct {
	A
	B
}
type hidden struct {
	H  int
	hh int
}
type WithHidden struct {
	hidden
	V int
}
type Named struct {
	A `json:"named"`
}
type PtrEmb struct {
	*A
	*B
}
type Loop struct {
	*Loop
	N int
}
type Str string
type Emb2 struct {
	Str
	N int
}
type Deep1 struct{ Z int }
type Deep2 struct{ Deep1 }
type Deep3 struct {
	Deep2
	Z string
}
type TagDup struct {
	P int `json:"p"`
	Q int `json:"p"`
}
type TagVsUntagged struct {
	A
	X string
}
type MP struct{ N int }

func (m *MP) MarshalJSON() ([]byte, error) { return []byte(`{"mp" : [1, "<"]}`), nil }

type Iface interface{ M() }

func (m *MP) M() {}

func main() {
	show := func(v any) {
		b, err := json.Marshal(v)
		fmt.Printf("%s %v\n", b, err)
	}
	show(AB{A{1, 2}, B{3, 4}})
	show(WithHidden{hidden{1, 2}, 3})
	show(Named{A{1, 2}})
	show(PtrEmb{})
	show(PtrEmb{A: &A{1, 2}})
	show(Loop{N: 1})
	show(Loop{&Loop{nil, 2}, 1})
	show(Emb2{"s", 1})
	show(Deep3{Deep2{Deep1{5}}, "z"})
	show(TagDup{1, 2})
	show(TagVsUntagged{A{1, 2}, "x"})
	show([]Iface{&MP{}})
	show(map[string]any{"b": &MP{}, "a": MP{}, "<k>": 1, "\xff": 2, "é": 3, "\u2028": 4})
	b, _ := json.MarshalIndent(map[string]any{"z": &MP{}, "a": []any{}, "m": map[string]any{}}, "", " ")
	fmt.Println(string(b))
	var ab AB
	fmt.Println(json.Unmarshal([]byte(`{"x":1,"X":2,"Y":3}`), &ab), ab)
	var wh WithHidden
	fmt.Println(json.Unmarshal([]byte(`{"H":1,"hh":2,"V":3}`), &wh), wh)
	var pe PtrEmb
	fmt.Println(json.Unmarshal([]byte(`{"x":1,"Y":2}`), &pe), pe.A, pe.B)
	var td TagDup
	fmt.Println(json.Unmarshal([]byte(`{"p":1}`), &td), td)
	var d3 Deep3
	fmt.Println(json.Unmarshal([]byte(`{"Z":"q"}`), &d3), d3)
	var e2 Emb2
	fmt.Println(json.Unmarshal([]byte(`{"Str":"q","N":2}`), &e2), e2)
	var ms map[string]string
	fmt.Println(json.Unmarshal([]byte(`{"a\u0041":"\u003c\/\"","\ud83d":"x"}`), &ms), ms)
}
