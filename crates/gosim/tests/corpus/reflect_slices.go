package main

import (
	"fmt"
	"reflect"
)

func main() {
	s := make([]string, 2, 5)
	s[0], s[1] = "a", "b"
	v := reflect.ValueOf(s)
	fmt.Println(v.Len(), v.Cap(), v.Index(0), v.Index(1).String(), v.Type(), v.Type().Elem())
	v.Index(0).SetString("z")
	fmt.Println(s, v)
	var nilS []int
	nv := reflect.ValueOf(nilS)
	fmt.Println(nv.IsNil(), nv.Len(), nv.IsZero())
	arr := [3]int{1, 2, 3}
	av := reflect.ValueOf(arr)
	fmt.Println(av.Len(), av.Type().Len(), av.Index(2).Int(), av.Kind())
	str := reflect.ValueOf("héllo")
	fmt.Println(str.Len(), str.Index(1).Uint(), str.Index(1).Kind(), str.Index(1).Type())
	bs := reflect.ValueOf([]byte("hi"))
	fmt.Println(bs.Index(0).Uint(), bs.Type())
	ps := reflect.ValueOf(&arr)
	fmt.Println(ps.Len())
	grid := [][]int{{1, 2}, {3}}
	g := reflect.ValueOf(grid)
	total := 0
	for i := 0; i < g.Len(); i++ {
		for j := 0; j < g.Index(i).Len(); j++ {
			total += int(g.Index(i).Index(j).Int())
		}
	}
	fmt.Println(total)
}
