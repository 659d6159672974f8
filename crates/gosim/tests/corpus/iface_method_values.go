package main

import "fmt"

type Greeter interface{ Greet(name string) string }

type En struct{ excl bool }

func (e En) Greet(n string) string {
	if e.excl {
		return "Hello, " + n + "!"
	}
	return "Hello, " + n
}

type Fr struct{ count *int }

func (f *Fr) Greet(n string) string { *f.count++; return fmt.Sprint("Bonjour ", n, " #", *f.count) }

func main() {
	n := 0
	gs := []Greeter{En{}, &Fr{&n}, En{true}}
	var fns []func(string) string
	for _, g := range gs {
		fns = append(fns, g.Greet) // method value: receiver bound now
	}
	gs[0] = &Fr{&n}
	for _, f := range fns {
		fmt.Println(f("Ana"))
	}
	call := func(g Greeter, n string) string { return g.Greet(n) }
	fmt.Println(call(En{true}, "Bo"))
	fmt.Printf("%T\n", call)
	var nilG Greeter
	defer func() { fmt.Println("recovered:", recover()) }()
	f := nilG.Greet
	fmt.Println("never", f)
}
