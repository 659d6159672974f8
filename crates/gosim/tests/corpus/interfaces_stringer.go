package main

import (
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	case Blue:
		return "blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Card struct {
	Rank int
	Suit string
}

func (c Card) String() string { return fmt.Sprintf("%d of %s", c.Rank, c.Suit) }

type Hand []Card

func (h Hand) String() string {
	parts := make([]string, len(h))
	for i, c := range h {
		parts[i] = c.String()
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

type Shape interface {
	Area() float64
	Name() string
}

type Square struct{ Side float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64 { return s.Side * s.Side }
func (s Square) Name() string  { return "square" }
func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (c Circle) Name() string  { return "circle-ish" }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q\n", Green, Green, Green, Green)
	fmt.Println([]Color{Blue, Red})

	h := Hand{{10, "hearts"}, {3, "spades"}}
	fmt.Println(h)
	fmt.Printf("%v | %s\n", h[0], h)
	fmt.Println(Card{1, "clubs"})

	shapes := []Shape{Square{2}, Circle{1.5}, Square{0.5}}
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%-10s %6.2f\n", s.Name(), s.Area())
		total += s.Area()
	}
	fmt.Printf("total %.3f\n", total)
}
