package main

import (
	"encoding/json"
	"fmt"
)

type PM struct{ N int }

func (p *PM) MarshalJSON() ([]byte, error) { return []byte(`"ptr"`), nil }

type PT struct{ N int }

func (p *PT) MarshalText() ([]byte, error) { return []byte(`pt`), nil }

type VM struct{ N int }

func (p VM) MarshalJSON() ([]byte, error) { return []byte(`"val"`), nil }

type W struct{ P PM }
type WT struct{ P PT }

type In struct {
	A int `json:"a"`
}
type Out struct {
	I  In   `json:"i"`
	L  []In `json:"l"`
	M  map[string]In
	N  int
	P  *In
	S  string
	F  float32
	U8 uint8
	B  bool
	Ar [2]int
}

func main() {
	show := func(v any) {
		b, err := json.Marshal(v)
		fmt.Printf("%s %v\n", b, err)
	}
	show(PM{})
	show(&PM{})
	show(W{})
	show(&W{})
	show([]W{{}})
	show([1]PM{})
	show(map[string]W{"a": {}})
	show(any(PM{}))
	show([]any{PM{}})
	show(WT{})
	
	
	show(VM{})
	show(&VM{})
	show((*VM)(nil))
	show(struct{ V *VM }{})
	show(struct{ V *PM }{})
	show(struct{ V any }{(*VM)(nil)})
	for _, s := range []string{`{"i":{"a":"x"}}`, `{"l":[{"a":true}]}`, `{"M":{"k":{"a":[]}}}`, `{"N":1.5}`, `{"N":1e3}`, `{"N":99999999999999999999}`, `{"U8":300}`, `{"U8":-1}`, `{"F":1e40}`, `{"P":{"a":{}}}`, `{"S":1,"N":"x"}`, `{"B":"true"}`, `{"Ar":[1,2,3]}`, `{"Ar":[1]}`, `[1]`, `"x"`, `{"N":null,"S":null}`, `{"i":5}`} {
		var o Out
		o.N = 7
		o.Ar = [2]int{5, 6}
		err := json.Unmarshal([]byte(s), &o)
		fmt.Printf("%s: %v | %+v %v\n", s, err, o.I, o.P != nil)
		if te, ok := err.(*json.UnmarshalTypeError); ok {
			fmt.Printf("   %q %v %d %q %q\n", te.Value, te.Type, te.Offset, te.Struct, te.Field)
		}
	}
	var n int
	fmt.Println(json.Unmarshal([]byte(`"x"`), &n))
	fmt.Println(json.Unmarshal([]byte(`{}`), &n))
	fmt.Println(json.Unmarshal([]byte(`1`), n))
	fmt.Println(json.Unmarshal([]byte(`1`), nil))
	var np *int
	fmt.Println(json.Unmarshal([]byte(`1`), np))
	var m map[int]string
	fmt.Println(json.Unmarshal([]byte(`{"1":"a","x":"b","-2":"c"}`), &m), m)
	var ms map[string]int
	fmt.Println(json.Unmarshal([]byte(`{"a":1,"b":"x","c":3}`), &ms), ms)
	var sl []int
	fmt.Println(json.Unmarshal([]byte(`[1,"a",3]`), &sl), sl)
}
