package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	var v any
	json.Unmarshal([]byte(`[12345678901234567890, 1e21, 0.000001, 1e-7, 123.456e2, -0.0, 9007199254740993, 1E+2, 2.5E-3, 100000000000000000000]`), &v)
	b, _ := json.Marshal(v)
	fmt.Println(string(b))
	fmt.Println(v)
	for _, f := range []float32{1.1, 16777217, 1e-6, 9.99e-7, 1e20, 1.0000001e21} {
		b, _ := json.Marshal(f)
		fmt.Print(string(b), " ")
	}
	fmt.Println()
	var f32 float32
	fmt.Println(json.Unmarshal([]byte(`3.4e39`), &f32), f32)
	fmt.Println(json.Unmarshal([]byte(`1.1`), &f32), f32)
	var i8 int8
	fmt.Println(json.Unmarshal([]byte(`-128`), &i8), i8, json.Unmarshal([]byte(`128`), &i8), i8)
	var u uint64
	fmt.Println(json.Unmarshal([]byte(`18446744073709551615`), &u), u, json.Unmarshal([]byte(`1.0`), &u))
	var n json.Number
	fmt.Println(json.Unmarshal([]byte(`"12"`), &n), n)
	b, err := json.Marshal(struct{ N json.Number }{})
	fmt.Println(string(b), err)
}
