package main

import (
	"fmt"
	"reflect"
)

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }
func (c *Counter) Add(k int) {
	c.n += k
}

type Getter interface{ Get() int }
type Incer interface {
	Inc()
	Get() int
}

func names(t reflect.Type) []string {
	out := []string{}
	for i := 0; i < t.NumMethod(); i++ {
		out = append(out, t.Method(i).Name)
	}
	return out
}

func main() {
	c := Counter{}
	tv, tp := reflect.TypeOf(c), reflect.TypeOf(&c)
	fmt.Println(names(tv), names(tp))
	g := reflect.TypeOf((*Getter)(nil)).Elem()
	in := reflect.TypeOf((*Incer)(nil)).Elem()
	fmt.Println(tv.Implements(g), tv.Implements(in), tp.Implements(g), tp.Implements(in))
	fmt.Println(names(in), in.Method(0).Type)
	p := reflect.ValueOf(&c)
	p.MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(5)})
	p.MethodByName("Inc").Call(nil)
	fmt.Println(c.n, p.MethodByName("Get").Call(nil)[0].Int())
	v := reflect.ValueOf(c)
	fmt.Println(v.NumMethod(), v.MethodByName("Inc").IsValid())
	var i Incer = &c
	iv := reflect.ValueOf(&i).Elem()
	fmt.Println(iv.Kind(), iv.NumMethod(), iv.Method(1).Call(nil)[0])
}
