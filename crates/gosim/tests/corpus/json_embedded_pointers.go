package main

import (
	"encoding/json"
	"fmt"
)

type inner struct{ X int }
type O struct {
	*inner
	Y int
}
type hid struct{ Z int }

func (h hid) MarshalJSON() ([]byte, error) { return []byte(`"hid"`), nil }

type O2 struct {
	hid
	W int
}
type O3 struct {
	H hid
	h hid
}
type myInt int
type O4 struct {
	myInt
	V int
}

func main() {
	for _, v := range []any{O{&inner{1}, 2}, O{nil, 2}, O2{hid{1}, 2}, O3{}, O4{3, 4}, &O{&inner{5}, 6}} {
		b, err := json.Marshal(v)
		fmt.Println(string(b), err)
	}
	o := O{&inner{1}, 2}
	fmt.Println(json.Unmarshal([]byte(`{"X":9,"Y":8}`), &o), o.X, o.Y)
	var o4 O4
	fmt.Println(json.Unmarshal([]byte(`{"myInt":9,"V":8}`), &o4), o4)
}
