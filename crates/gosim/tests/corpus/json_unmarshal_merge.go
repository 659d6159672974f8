package main

import (
	"encoding/json"
	"fmt"
)

type Q struct {
	I  int     `json:",string"`
	F  float64 `json:",string"`
	B  bool    `json:",string"`
	S  string  `json:",string"`
	PI *int    `json:",string"`
}

type inner struct{ X int }
type Outer struct {
	*inner
	Y int
}
type Pub struct{ X int }
type Outer2 struct {
	*Pub
	Y int
}

type Case struct {
	Foo    int
	FOO    int `json:"FOO"`
	FooBar int
}

type U struct{ N int }

func (u *U) UnmarshalJSON(b []byte) error {
	u.N = len(b)
	return nil
}

type UE struct{}

func (u *UE) UnmarshalJSON(b []byte) error { return fmt.Errorf("nope %s", b) }

func main() {
	for _, s := range []string{`{"I":"12","F":"1.5","B":"true","S":"\"q\"","PI":"7"}`, `{"I":null}`, `{"I":"null"}`, `{"PI":"null"}`, `{"F":"1e400"}`, `{"I":"-3","B":"false"}`} {
		var q Q
		q.I = 99
		err := json.Unmarshal([]byte(s), &q)
		pi := -1
		if q.PI != nil {
			pi = *q.PI
		}
		fmt.Println(s, err, q.I, q.F, q.B, q.S, pi)
	}
	var o2 Outer2
	fmt.Println(json.Unmarshal([]byte(`{"X":1,"Y":2}`), &o2), o2.Y, *o2.Pub)
	for _, s := range []string{`{"foo":1}`, `{"FOO":2}`, `{"Foo":3}`, `{"fOo":4}`, `{"foobar":5}`, `{"foo_bar":6}`, `{"FooBar":7,"foobar":8}`} {
		var c Case
		fmt.Println(s, json.Unmarshal([]byte(s), &c), c)
	}
	var us []U
	fmt.Println(json.Unmarshal([]byte(`[{"a":1}, 12345, "x", null]`), &us), us)
	var up *U
	fmt.Println(json.Unmarshal([]byte(`null`), &up), up)
	var ue struct{ A, B UE; C int }
	fmt.Println(json.Unmarshal([]byte(`{"C":1,"A":{},"B":2}`), &ue), ue.C)
	var iface any = Pub{X: 1}
	fmt.Println(json.Unmarshal([]byte(`{"X":5}`), &iface), iface)
	sl := []int{1, 2, 3, 4}
	alias := sl
	fmt.Println(json.Unmarshal([]byte(`[9, 8]`), &sl), sl, alias, len(sl), cap(sl))
	ps := []Pub{{1}, {2}}
	fmt.Println(json.Unmarshal([]byte(`[{}, {"Y":1}, {"X":3}]`), &ps), ps)
	m := map[string]Pub{"a": {1}}
	fmt.Println(json.Unmarshal([]byte(`{"a":{"Z":1}}`), &m), m)
	var arr [2]Pub
	arr[1].X = 5
	fmt.Println(json.Unmarshal([]byte(`[{"X":1}]`), &arr), arr)
	var mp map[string]*Pub
	fmt.Println(json.Unmarshal([]byte(`{"a":{"X":1},"b":null}`), &mp), *mp["a"], mp["b"])
	var x struct{ A []byte }
	fmt.Println(json.Unmarshal([]byte(`{"A":"AQID"}`), &x), x.A)
	fmt.Println(json.Unmarshal([]byte(`{"A":null}`), &x), x.A == nil)
	fmt.Println(json.Unmarshal([]byte(`{"A":[1,2]}`), &x), x.A)
}
