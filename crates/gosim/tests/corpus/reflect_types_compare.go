package main

import (
	"fmt"
	"reflect"
)

type ID int
type Stringer interface{ String() string }

func (i ID) String() string { return "id" }

func main() {
	ti := reflect.TypeOf(0)
	tid := reflect.TypeOf(ID(0))
	fmt.Println(ti == tid, ti == reflect.TypeOf(5), tid.Name(), tid.String(), tid.Kind() == ti.Kind())
	fmt.Println(tid.AssignableTo(ti), tid.ConvertibleTo(ti), ti.ConvertibleTo(reflect.TypeOf("")), ti.ConvertibleTo(reflect.TypeOf(1.5)))
	fmt.Println(reflect.TypeOf("").ConvertibleTo(reflect.TypeOf([]byte(nil))), reflect.TypeOf([]int(nil)).ConvertibleTo(reflect.TypeOf("")))
	st := reflect.TypeOf((*Stringer)(nil)).Elem()
	fmt.Println(tid.Implements(st), ti.Implements(st), tid.AssignableTo(st), reflect.TypeOf(&struct{}{}).AssignableTo(reflect.TypeOf((*any)(nil)).Elem()))
	fmt.Println(reflect.TypeOf([]int{}).Comparable(), reflect.TypeOf(map[int]int{}).Comparable(), ti.Comparable(), reflect.TypeOf(struct{ A []int }{}).Comparable())
	fmt.Println(reflect.TypeOf([4]int{}).Len(), reflect.TypeOf(make(chan string)).Elem(), reflect.TypeOf(map[ID][]string{}))
	fmt.Println(st.NumMethod(), st.Method(0).Name, st.Method(0).Type, st.Name(), st.PkgPath(), ti.PkgPath() == "")
	fmt.Println(reflect.TypeOf(struct {
		A int
		b string
	}{}))
}
