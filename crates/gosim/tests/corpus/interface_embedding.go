package main

import (
	"errors"
	"fmt"
)

type Namer interface{ Name() string }

type Dog struct{ name string }

func (d Dog) Name() string { return d.name }

// Loud embeds an interface: its method set includes Name, forwarded to whatever
// value the field holds.
type Loud struct {
	Namer
	volume int
}

func (l Loud) Shout() string { return l.Name() + "!" }

type wrapped struct {
	error
	code int
}

func main() {
	var n Namer = Loud{Dog{"rex"}, 11}
	fmt.Println(n.Name())
	fmt.Println(n.(Loud).Shout(), n.(Loud).volume)

	var err error = wrapped{errors.New("disk full"), 28}
	fmt.Println(err)
	fmt.Printf("%v / %s / %T\n", err, err, err)

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var empty Namer = Loud{}
	fmt.Println(empty.Name())
}
