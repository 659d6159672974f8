package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type In struct{ A int }
type Out struct {
	S  string
	N  int
	L  []In
	II In
}

func main() {
	it := reflect.TypeOf(0)
	for _, e := range []*json.UnmarshalTypeError{{Value: "string", Type: it}, {Value: "string", Type: it, Field: "x"}, {Value: "string", Type: it, Struct: "S"}, {Value: "string", Type: it, Struct: "S", Field: "x.y"}, {Value: "string", Type: it, Field: "1"}, {Value: "string", Type: it, Field: "a.1"}, {Value: "string", Type: it, Field: "1.a"}, {Value: "string", Type: it, Field: "x.1"}} {
		fmt.Println(e.Error())
	}
	var o Out
	fmt.Println(json.Unmarshal([]byte(`{"S":1,"N":5,"L":[{"A":"x"},{"A":2}],"II":{"A":true}}`), &o), o)
	var ol []Out
	err := json.Unmarshal([]byte(`[{"S":1}]`), &ol)
	te := err.(*json.UnmarshalTypeError)
	fmt.Printf("%v | %q %q\n", err, te.Struct, te.Field)
	var om map[string]Out
	err = json.Unmarshal([]byte(`{"k":{"II":{"A":"x"}}}`), &om)
	te = err.(*json.UnmarshalTypeError)
	fmt.Printf("%v | %q %q\n", err, te.Struct, te.Field)
	var oa []int
	err = json.Unmarshal([]byte(`[1,"x"]`), &oa)
	te = err.(*json.UnmarshalTypeError)
	fmt.Printf("%v | %q %q\n", err, te.Struct, te.Field)
	var mm map[string][]int
	err = json.Unmarshal([]byte(`{"a":[1,"x"]}`), &mm)
	te = err.(*json.UnmarshalTypeError)
	fmt.Printf("%v | %q %q\n", err, te.Struct, te.Field)
}
