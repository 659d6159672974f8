package main

import (
	"fmt"
	"reflect"
)

type F func(string, int) bool

func (f F) m(s string) bool { return f(s, 32) }
func (f F) M()              {}

// An interface type lists all its methods to reflect, unexported ones too
// (exported names first), while a concrete type lists only its exported ones;
// an interface type implements another whose methods it has.
type I interface {
	m(s string) bool
	M()
	Z()
}

type J interface {
	M()
}

type T struct{}

func (T) foo() {}
func (T) Bar() {}

type K interface {
	foo()
	Bar()
}

func main() {
	var x struct {
		F F
		i I
	}
	tx := reflect.TypeOf(x)
	tf, ti := tx.Field(0).Type, tx.Field(1).Type
	fmt.Println(tf.NumMethod(), ti.NumMethod())
	for i := 0; i < ti.NumMethod(); i++ {
		m := ti.Method(i)
		fmt.Printf("%d %s %q %v %v\n", i, m.Name, m.PkgPath, m.IsExported(), m.Type)
	}
	_, ok1 := tf.MethodByName("m")
	_, ok2 := ti.MethodByName("m")
	fmt.Println(ok1, ok2)

	tj := reflect.TypeOf((*J)(nil)).Elem()
	fmt.Println(ti.Implements(tj), tj.Implements(ti), ti.Implements(ti), tf.Implements(tj))

	var t T
	var k K = t
	fmt.Println(reflect.ValueOf(t).NumMethod(), reflect.ValueOf(&k).Elem().NumMethod())
	empty := reflect.TypeOf(new(interface{})).Elem()
	fmt.Println(ti.Implements(empty), empty.Implements(tj))
}
