package main

import (
	"fmt"
	"reflect"
	"sort"
)

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	v := reflect.ValueOf(m)
	fmt.Println(v.Len(), v.Type(), v.Type().Key(), v.Type().Elem())
	keys := v.MapKeys()
	names := []string{}
	for _, k := range keys {
		names = append(names, k.String())
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, v.MapIndex(reflect.ValueOf(n)).Int())
	}
	fmt.Println(v.MapIndex(reflect.ValueOf("zz")).IsValid())
	v.SetMapIndex(reflect.ValueOf("d"), reflect.ValueOf(4))
	v.SetMapIndex(reflect.ValueOf("a"), reflect.Value{})
	fmt.Println(m)
	sum := 0
	it := v.MapRange()
	for it.Next() {
		sum += int(it.Value().Int()) + len(it.Key().String())
	}
	fmt.Println(sum)
	var nm map[string]bool
	fmt.Println(reflect.ValueOf(nm).IsNil(), reflect.ValueOf(nm).Len())
	fmt.Println(reflect.ValueOf(m).MapIndex(reflect.ValueOf("b")).CanSet())
}
