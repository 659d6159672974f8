package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " says woof" }

type Loud struct {
	Dog
	Name string // shadows Dog.Animal.Name
}

type Describer interface {
	Describe() string
}

func main() {
	d := Dog{Animal: Animal{Name: "Rex", Legs: 4}, Breed: "collie"}
	fmt.Println(d.Describe())
	fmt.Println(d.Speak())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)
	fmt.Printf("%+v\n", d)
	fmt.Printf("%v\n", d)

	var desc Describer = d
	fmt.Println("as interface:", desc.Describe())

	l := Loud{Dog: d, Name: "LOUD"}
	fmt.Println(l.Name, l.Dog.Name, l.Legs)
	fmt.Println(l.Speak())
	l.Rename("Buddy")
	fmt.Println(l.Name, l.Dog.Name)

	descs := []Describer{Animal{"spider", 8}, d, l}
	for i, x := range descs {
		fmt.Printf("%d: %T -> %s\n", i, x, x.Describe())
	}
}
