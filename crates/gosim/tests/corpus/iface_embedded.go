package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct{ parts []string }

func (b *Buf) Read() string    { return strings.Join(b.parts, "+") }
func (b *Buf) Write(s string) { b.parts = append(b.parts, s) }

// Logged embeds an interface: its method set is the interface's.
type Logged struct {
	ReadWriter
	writes int
}

func (l *Logged) Write(s string) {
	l.writes++
	l.ReadWriter.Write(strings.ToUpper(s))
}

func main() {
	var rw ReadWriter = &Buf{}
	rw.Write("a")
	var r Reader = rw
	var w Writer = rw
	w.Write("b")
	fmt.Println(r.Read())
	l := &Logged{ReadWriter: rw}
	var rw2 ReadWriter = l
	rw2.Write("c")
	fmt.Println(rw2.Read(), l.writes)
	back, ok := r.(ReadWriter)
	fmt.Println(ok, back.Read())
	_, ok = any(Logged{}).(ReadWriter)
	fmt.Println(ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	var empty Logged
	empty.Read()
}
