package main

import "fmt"

// Two values compare when either could be assigned to the other's type: a named
// struct and a struct type written out, a channel and a one-way view of it.

type Coord struct{ Lat, Lon int }

type Path []Coord

func main() {
	home := Coord{52, 13}
	spot := struct{ Lat, Lon int }{52, 13}
	fmt.Println(home == spot, spot != home)
	fmt.Println(home == struct{ Lat, Lon int }{13, 52})

	jobs := make(chan string, 1)
	var inbox <-chan string = jobs
	var outbox chan<- string = jobs
	fmt.Println(inbox == jobs, jobs == outbox)
	other := make(chan string)
	fmt.Println(other == inbox)

	var trail Path
	fmt.Println(trail == nil)
}
