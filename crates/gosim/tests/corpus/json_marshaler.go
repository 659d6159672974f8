package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Val struct{ N int }

func (v Val) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(" { \"n\" : %d, \"h\":\"<&>\" } ", v.N)), nil
}

type PM struct{ N int }

func (p *PM) MarshalJSON() ([]byte, error) { return []byte(`"ptr"`), nil }

type Txt int

func (t Txt) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("t<%d>", int(t))), nil }

type PT struct{ N int }

func (p *PT) MarshalText() ([]byte, error) { return []byte(`pt`), nil }

type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c] }

func (c Color) MarshalText() ([]byte, error) { return []byte(strings.ToUpper(c.String())), nil }

type W struct{ P PM }
type WT struct{ P PT }

type Holder struct {
	V  Val
	P  PM
	PP *PM
	T  Txt
	C  Color
	VP *Val
}

func show(v any) {
	b, err := json.Marshal(v)
	fmt.Printf("%s %v\n", b, err)
}

func main() {
	show(Val{3})
	show(&Val{4})
	show((*Val)(nil))
	show(PM{})
	show(&PM{})
	show(W{})
	show(&W{})
	show([]W{{}})
	show([1]PM{})
	show(map[string]W{"a": {}})
	show(any(PM{}))
	show([]any{PM{}, &PM{}})
	show(WT{})
	show(&WT{})
	show(Holder{V: Val{3}})
	show(&Holder{PP: &PM{}})
	show(map[Txt]int{3: 1, 10: 2})
	show(map[Color][]Color{0: {1, 0}, 1: nil})
	show(Txt(7))
}
