package main

// Package-level types may be declared in any order: a type defined on one
// declared below it, an interface embedding interfaces declared later, and an
// alias used before its declaration.

import "fmt"

type Celsius Degrees

type Degrees float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type ReadWriter interface {
	Reader
	Writer
	Name() string
}

type Reader interface{ Read() string }

type Writer interface{ Write(s string) Store }

type Store = *memory

type memory struct{ lines []string }

func (m *memory) Read() string {
	if len(m.lines) == 0 {
		return "<empty>"
	}
	return m.lines[len(m.lines)-1]
}

func (m *memory) Write(s string) Store {
	m.lines = append(m.lines, s)
	return m
}

func (m *memory) Name() string { return "memory" }

type Labels Tags

type Tags map[string]int

func main() {
	var c Celsius = 21.5
	fmt.Println(c)
	var rw ReadWriter = &memory{}
	fmt.Println(rw.Name(), rw.Read())
	rw.Write("one").Write("two")
	fmt.Println(rw.Read(), len(rw.Write("three").lines))
	l := Labels{"a": 1}
	l["b"] = 2
	fmt.Println(len(l), l)
	fmt.Printf("%T %T\n", c, l)
}
