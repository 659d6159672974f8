package main

import (
	"fmt"
	"time"
)

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type Level int

const (
	Low Level = iota
	High
)

func (l Level) String() string { return [...]string{"low", "high"}[l] }

func (l Level) Next() Level { return (l + 1) % 2 }

// A method called on a typed constant (a conversion of a constant, a named
// constant, a constant expression) receives the constant's value.
func main() {
	fmt.Println(Celsius(100).Fahrenheit(), Celsius(-40).Fahrenheit())
	fmt.Println(High.String(), Low.Next(), Level(1).Next().String())
	fmt.Println(time.Second.String(), (90 * time.Minute).Hours(), time.Duration(1500).String())
	f := Celsius(37).Fahrenheit
	g := High.Next
	fmt.Println(f(), g())
	fmt.Printf("%v %s %d\n", Low, High.Next(), Level(1))
}
