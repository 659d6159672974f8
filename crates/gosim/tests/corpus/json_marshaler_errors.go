package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return nil, errors.New("boom") }

type BadP struct{}

func (*BadP) MarshalJSON() ([]byte, error) { return nil, errors.New("boomp") }

type BadT int

func (BadT) MarshalText() ([]byte, error) { return nil, errors.New("bt") }

type W struct {
	B  Bad
	BP BadP
}

func main() {
	show := func(v any) {
		b, err := json.Marshal(v)
		fmt.Printf("%q %v\n", b, err)
		var me *json.MarshalerError
		if errors.As(err, &me) {
			fmt.Println("  ME", me.Type, me.Err)
		}
	}
	show(Bad{})
	show(&Bad{})
	show(W{})
	show(&W{})
	show(map[string]Bad{"a": {}})
	show([]Bad{{}})
	show([]BadP{{}})
	show(map[string]BadP{"a": {}})
	show(BadT(1))
	show(map[BadT]int{1: 1})
	show([]any{Bad{}})
	show(map[bool]int{})
	show(map[bool]int(nil))
	show(struct{ C chan int }{})
	show(struct{ C chan int }{make(chan int)})
	show([]chan int{})
	show(map[string]func(){})
	show(struct{ F float32 }{float32(1e-7)})
	show([]float32{1e21, 3.4e38, 1.1e-7, 0.1})
	show("\xff\xfe a \xc3")
}
