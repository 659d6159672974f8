package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type UE struct{ N int }

func (u *UE) UnmarshalJSON(b []byte) error { return errors.New("nope " + string(b)) }

type TE struct{}

func (u *TE) UnmarshalText(b []byte) error { return errors.New("tnope") }

func main() {
	var s struct {
		A int
		U UE
		B int
	}
	err := json.Unmarshal([]byte(`{"A":1,"U":5,"B":2}`), &s)
	fmt.Printf("%v %T %+v\n", err, err, s)
	var t struct {
		A int
		T TE
		B int
	}
	err = json.Unmarshal([]byte(`{"A":1,"T":"x","B":2}`), &t)
	fmt.Printf("%v %T %+v\n", err, err, t)
	var m map[TE]int
	err = json.Unmarshal([]byte(`{"x":1}`), &m)
	fmt.Printf("%v %T %+v\n", err, err, m)
	var ue UE
	err = json.Unmarshal([]byte(`1`), &ue)
	fmt.Printf("%v %T\n", err, err)
	main2()
}
func main2() {
	var s struct {
		A int
		U UE
		V UE
		B int
	}
	fmt.Println(json.Unmarshal([]byte(`{"A":"x","U":5,"B":2}`), &s), s)
	fmt.Println(json.Unmarshal([]byte(`{"U":5,"A":"x","V":6,"B":3}`), &s), s)
	var m map[string]UE
	fmt.Println(json.Unmarshal([]byte(`{"a":1,"b":2}`), &m), m)
	var sl []UE
	fmt.Println(json.Unmarshal([]byte(`[1,2]`), &sl), sl)
}
