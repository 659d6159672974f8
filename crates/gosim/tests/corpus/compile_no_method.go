// gosim: compile-error
// Calling a method the type does not have.
package main

import "fmt"

type Cat struct {
	Name string
}

func (c Cat) Meow() string { return c.Name + " says meow" }

type Dog struct {
	Name string
}

func (d Dog) Bark() string { return d.Name + " says woof" }

func main() {
	c := Cat{"Tom"}
	d := Dog{"Rex"}
	fmt.Println(c.Meow())
	fmt.Println(d.Bark())
	fmt.Println(c.Bark())
}
