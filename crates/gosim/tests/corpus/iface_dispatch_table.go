package main

import (
	"fmt"
	"sort"
)

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Dog struct{ Base }
type Cow struct {
	Base
	loud bool
}

func (Dog) Sound() string { return "woof" }
func (c Cow) Sound() string {
	if c.loud {
		return "MOO"
	}
	return "moo"
}

// Name is promoted from Base; Cow overrides nothing, Robot overrides Name.
type Robot struct{ Dog }

func (Robot) Name() string { return "robot" }

func main() {
	zoo := []Animal{Dog{Base{"rex"}}, Cow{Base{"bess"}, true}, Robot{Dog{Base{"r2"}}}, &Cow{Base: Base{"daisy"}}}
	sort.Slice(zoo, func(i, j int) bool { return zoo[i].Name() < zoo[j].Name() })
	for _, a := range zoo {
		fmt.Printf("%-6s %-5s %T\n", a.Name(), a.Sound(), a)
	}
	counts := map[Animal]int{}
	for _, a := range zoo {
		counts[a]++
	}
	counts[Dog{Base{"rex"}}]++
	fmt.Println(len(counts), counts[Dog{Base{"rex"}}])
}
