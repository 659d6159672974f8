package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type U struct{ Got string }

func (u *U) UnmarshalJSON(b []byte) error {
	u.Got = string(b)
	return nil
}

type T struct{ Got string }

func (t *T) UnmarshalText(b []byte) error {
	t.Got = "text:" + string(b)
	return nil
}

type Lower string

func (l *Lower) UnmarshalText(b []byte) error {
	*l = Lower(strings.ToLower(string(b)))
	return nil
}

type Holder struct {
	U   U
	PU  *U
	T   T
	PT  *T
	L   Lower
	M   map[Lower]int
	Any any
}

func main() {
	for _, s := range []string{
		`{"U": null, "PU": null, "T": null, "PT": null}`,
		`{"U": {"a" : 1}, "PU": [1, 2], "T": "x", "PT": "y", "L": "ABC", "M": {"KEY": 1}}`,
	} {
		var h Holder
		err := json.Unmarshal([]byte(s), &h)
		pu, pt := "nil", "nil"
		if h.PU != nil {
			pu = h.PU.Got
		}
		if h.PT != nil {
			pt = h.PT.Got
		}
		fmt.Printf("%v | %q %q %q %q %q %v\n", err, h.U.Got, pu, h.T.Got, pt, h.L, h.M)
	}
	var us []U
	fmt.Println(json.Unmarshal([]byte(`[1, "a", null, {}]`), &us), us)
	var mu map[string]U
	fmt.Println(json.Unmarshal([]byte(`{"k": [true]}`), &mu), mu)
	var u U
	fmt.Println(json.Unmarshal([]byte(` "x" `), &u), u)
}
