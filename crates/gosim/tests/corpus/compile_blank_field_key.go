// gosim: compile-error
// A keyed literal cannot name a blank field.
package main

type row struct {
	name string
	_    int
}

func main() {
	r := row{name: "a", _: 1}
	println(r.name)
}
