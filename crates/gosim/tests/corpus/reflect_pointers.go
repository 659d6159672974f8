package main

import (
	"fmt"
	"reflect"
)

type Node struct {
	Val  int
	Next *Node
}

func main() {
	n := &Node{1, &Node{2, nil}}
	v := reflect.ValueOf(n)
	fmt.Println(v.Kind(), v.Type(), v.Elem().Type(), v.Type().Elem() == reflect.TypeOf(Node{}))
	for v.IsValid() && !v.IsNil() {
		fmt.Println("val", v.Elem().Field(0).Int(), v.Elem().FieldByName("Val").Interface())
		v = v.Elem().Field(1)
	}
	fmt.Println(v.Kind(), v.IsNil(), v.Elem().IsValid())
	x := 5
	pp := &x
	ppp := &pp
	w := reflect.ValueOf(ppp)
	fmt.Println(w.Type(), w.Elem().Type(), w.Elem().Elem().Int())
	w.Elem().Elem().SetInt(6)
	fmt.Println(x, reflect.Indirect(reflect.ValueOf(&x)).Int(), reflect.Indirect(reflect.ValueOf(x)).Int())
	a := reflect.ValueOf(&x).Elem().Addr()
	fmt.Println(a.Type(), a.Interface() == any(&x))
	nv := reflect.New(reflect.TypeOf(0))
	nv.Elem().SetInt(41)
	ip := nv.Interface().(*int)
	*ip++
	fmt.Println(*ip, nv.Type(), nv.Elem().CanSet())
	fmt.Println(reflect.PointerTo(reflect.TypeOf(Node{})))
}
