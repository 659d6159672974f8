package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Inner struct {
	X int `json:"x"`
	Y string
}

type T struct {
	Name  string         `json:"name"`
	Age   int            `json:"age,omitempty"`
	Tags  []string       `json:"tags"`
	M     map[string]int `json:"m"`
	B     []byte         `json:"b"`
	P     *Inner         `json:"p"`
	F     float64        `json:"f"`
	S     int            `json:",string"`
	Any   interface{}    `json:"any"`
	Arr   [3]int
	Inner
	Skip  int `json:"-"`
	priv  int
	Ptrs  []*Inner
	Named map[string]Inner
}

type Celsius float64

func (c *Celsius) UnmarshalJSON(b []byte) error {
	var f float64
	if err := json.Unmarshal(b, &f); err != nil {
		return err
	}
	*c = Celsius(f - 273.15)
	return nil
}

type Upper string

func (u *Upper) UnmarshalText(b []byte) error {
	*u = Upper(strings.ToUpper(string(b)))
	return nil
}

type Weather struct {
	Temp  Celsius
	City  Upper
	Cities map[Upper]int
}

func main() {
	var x interface{}
	err := json.Unmarshal([]byte(`{"a":[1,2.5,{"b":null}],"c":"d\u00e9\n\ud83d\ude00","e":true, "f": -0, "g": 1e400}`), &x)
	fmt.Println(x, err)
	err = json.Unmarshal([]byte(`{"a":[1,2.5,{"b":null}],"c":"d\u00e9\n\ud83d\ude00","e":true, "f": -0}`), &x)
	fmt.Println(x, err)
	m := x.(map[string]interface{})
	for _, k := range []string{"a", "c", "e", "f"} {
		fmt.Printf("%s %T %v\n", k, m[k], m[k])
	}
	var t T
	t.Skip = 9
	t.Tags = []string{"old", "older", "oldest"}
	err = json.Unmarshal([]byte(`{"NAME":"x","tags":["a", "b"],"m":{"k":5},"b":"aGVsbG8h","p":{"x":7, "y": "why"},"S":"9","x":4, "Skip": 3, "priv": 2, "unknown": {"deep": [1]},
		"Arr": [1, 2], "Ptrs": [{"x": 1}, null], "Named": {"n": {"Y": "z"}}, "any": [1, "two"]}`), &t)
	fmt.Println(err)
	fmt.Println(t.Name, t.Age, t.Tags, len(t.Tags), t.M, string(t.B), *t.P, t.F, t.S, t.Any, t.Arr, t.Inner, t.Skip, t.priv, *t.Ptrs[0], t.Ptrs[1], t.Named)
	var w Weather
	fmt.Println(json.Unmarshal([]byte(`{"temp": 300, "city": "paris", "cities": {"rome": 1}}`), &w), w.Temp, w.City, w.Cities)
	var ip *int
	fmt.Println(json.Unmarshal([]byte(`5`), &ip), *ip)
	fmt.Println(json.Unmarshal([]byte(`null`), &ip), ip)
	var sl []int
	fmt.Println(json.Unmarshal([]byte(`[]`), &sl), sl == nil, len(sl))
	fmt.Println(json.Unmarshal([]byte(`null`), &sl), sl == nil)
	var mp map[string]any
	fmt.Println(json.Unmarshal([]byte(`{"z": 1, "a": {"b": [true, false, null]}}`), &mp), mp)
	mp = map[string]any{"keep": 1}
	fmt.Println(json.Unmarshal([]byte(`{"new": 2}`), &mp), mp)
	var n json.Number
	fmt.Println(json.Unmarshal([]byte(`12.50`), &n), n)
	f, _ := n.Float64()
	_, ierr := n.Int64()
	fmt.Println(f, ierr)
	var raw struct {
		A json.RawMessage
		B int
	}
	fmt.Println(json.Unmarshal([]byte(`{"A": {"x" : [1, 2]}, "B": 3}`), &raw), string(raw.A), raw.B)
	var mi map[int]string
	fmt.Println(json.Unmarshal([]byte(`{"1":"a","-2":"c"}`), &mi), mi)
	var iface any = &Inner{}
	fmt.Println(json.Unmarshal([]byte(`{"x": 3}`), &iface), *(iface.(*Inner)))
	type Pt struct{ ÄB int }
	var pt Pt
	fmt.Println(json.Unmarshal([]byte(`{"äb": 4}`), &pt), pt)
	var bs [2]string
	fmt.Println(json.Unmarshal([]byte(`["a", "b", "c"]`), &bs), bs)
}
