package main

import "fmt"

type Event interface{ isEvent() }
type Click struct{ X, Y int }
type Key struct{ R rune }
type Quit struct{}

func (Click) isEvent() {}
func (Key) isEvent()   {}
func (*Quit) isEvent() {}

func handle(e Event) (stop bool) {
	switch e := e.(type) {
	case Click:
		fmt.Printf("click at %d,%d\n", e.X, e.Y)
	case Key:
		fmt.Printf("key %q\n", e.R)
	case *Quit:
		fmt.Println("quit", e != nil)
		return true
	case nil:
		fmt.Println("no event")
	}
	return false
}

func main() {
	events := make(chan Event, 5)
	events <- Click{1, 2}
	events <- nil
	events <- Key{'q'}
	events <- &Quit{}
	events <- Key{'z'}
	for e := range events {
		if handle(e) {
			break
		}
	}
	fmt.Println("left:", len(events))
}
