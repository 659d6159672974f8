package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

const huge = 1 << 100
const small = huge >> 98
const third = 1.0 / 3
const typed int64 = 7

func (p Perm) String() string {
	out := []byte("---")
	if p&Read != 0 {
		out[0] = 'r'
	}
	if p&Write != 0 {
		out[1] = 'w'
	}
	if p&Exec != 0 {
		out[2] = 'x'
	}
	return string(out)
}

func main() {
	fmt.Println(Sunday, Monday, Wednesday, Wednesday-Monday)
	fmt.Println(Read, Write, Exec, uint8(Read|Exec))
	fmt.Printf("%v %v %d\n", Read|Write, Perm(7), Read|Write|Exec)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(small, huge/huge, third*3 == 1)
	fmt.Printf("%.20f %T %T\n", third, third, typed)
	var x float64 = 7 / 2
	var y float64 = 7 / 2.0
	fmt.Println(x, y, 7/2, 7%3, -7/2)
	const mask = ^0
	fmt.Println(mask, uint8(255)&^0x0f)
	var w Weekday = 3
	fmt.Printf("%d %T\n", w+Monday, w)
}
