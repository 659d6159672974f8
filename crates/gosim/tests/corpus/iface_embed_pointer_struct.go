package main

import "fmt"

type Mover interface{ Move(int) }
type Pos interface{ At() int }
type MovePos interface {
	Mover
	Pos
}

type Body struct{ x int }

func (b *Body) Move(d int) { b.x += d }
func (b Body) At() int     { return b.x }

type ByPtr struct{ *Body }
type ByVal struct{ Body }

func main() {
	p := ByPtr{&Body{1}}
	var mp MovePos = p // *Body embedded: the value ByPtr has Move
	mp.Move(2)
	fmt.Println(mp.At(), p.x)
	_, ok := any(ByVal{}).(MovePos)
	_, ok2 := any(&ByVal{}).(MovePos)
	_, ok3 := any(ByVal{}).(Pos)
	fmt.Println(ok, ok2, ok3)
	v := &ByVal{Body{5}}
	var m Mover = v
	m.Move(1)
	fmt.Println(v.At())
	var nilEmbed ByPtr
	var pos Pos = nilEmbed
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(pos.At())
}
