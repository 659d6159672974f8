package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type slowReader struct {
	s string
	n int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.n >= len(r.s) {
		return 0, io.EOF
	}
	p[0] = r.s[r.n]
	r.n++
	return 1, nil
}

func main() {
	for _, in := range []string{`{"a":1}{"a":2}`, `1 2 3`, `12`, `"a" x`, `[1,2] ]`, `{"a":1} }`, `nul`, `{"a":`, `  `, `1.5e`, `"\u00e9" true`} {
		dec := json.NewDecoder(strings.NewReader(in))
		fmt.Printf("%q:", in)
		for i := 0; i < 4; i++ {
			var v any
			err := dec.Decode(&v)
			fmt.Print(" ", v, " ", err, ";")
			if err != nil {
				break
			}
		}
		fmt.Println()
	}
	dec := json.NewDecoder(&slowReader{s: `{"x": [1, 22, 333]} 4.5 "str"`})
	for {
		var v any
		if err := dec.Decode(&v); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(v)
	}
	dec = json.NewDecoder(strings.NewReader(`1 2`))
	var n int
	fmt.Println(dec.Decode(n), dec.Decode(&n), n)
	dec = json.NewDecoder(strings.NewReader(`{"a":"x"} {"a":2}`))
	var s struct{ A int }
	fmt.Println(dec.Decode(&s), dec.Decode(&s), s)
}
