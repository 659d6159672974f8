package main

import (
	"fmt"
	"reflect"
)

type Greeter struct{ Greeting string }

func (g Greeter) Greet(name string) string { return g.Greeting + ", " + name }
func (g Greeter) Shout(name string) string { return g.Greeting + ", " + name + "!" }
func (g *Greeter) Set(s string)            { g.Greeting = s }

func main() {
	g := Greeter{"Hello"}
	t := reflect.TypeOf(g)
	fmt.Println(t, "has", t.NumMethod(), "methods;", reflect.TypeOf(&g), "has", reflect.TypeOf(&g).NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		fmt.Println(" ", m.Name, m.Type)
	}

	// Call a method chosen by name at run time, the way a command dispatcher does.
	for _, name := range []string{"Greet", "Shout", "Wave"} {
		m := reflect.ValueOf(g).MethodByName(name)
		if !m.IsValid() {
			fmt.Println(name, "is not a method of", t)
			continue
		}
		out := m.Call([]reflect.Value{reflect.ValueOf("Gopher")})
		fmt.Println(name, "->", out[0])
	}

	// Set has a pointer receiver: only *Greeter has it.
	reflect.ValueOf(&g).MethodByName("Set").Call([]reflect.Value{reflect.ValueOf("Hi")})
	fmt.Println(g.Greet("again"))
}
