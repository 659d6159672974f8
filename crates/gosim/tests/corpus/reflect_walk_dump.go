package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Item struct {
	SKU   string
	Qty   int
	Price float64
}

type Order struct {
	ID     int
	Items  []Item
	Notes  map[string]string
	Rush   bool
	Parent *Order
}

func dump(v reflect.Value, depth int) {
	pad := strings.Repeat("  ", depth)
	switch v.Kind() {
	case reflect.Struct:
		fmt.Printf("%s%s {\n", pad, v.Type())
		for i := 0; i < v.NumField(); i++ {
			fmt.Printf("%s  %s:\n", pad, v.Type().Field(i).Name)
			dump(v.Field(i), depth+2)
		}
		fmt.Printf("%s}\n", pad)
	case reflect.Slice:
		fmt.Printf("%s%s len=%d\n", pad, v.Type(), v.Len())
		for i := 0; i < v.Len(); i++ {
			dump(v.Index(i), depth+1)
		}
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		for _, k := range keys {
			fmt.Printf("%s%v => %v\n", pad, k, v.MapIndex(k))
		}
	case reflect.Pointer:
		if v.IsNil() {
			fmt.Printf("%snil %s\n", pad, v.Type())
			return
		}
		dump(v.Elem(), depth)
	default:
		fmt.Printf("%s%v (%s)\n", pad, v.Interface(), v.Kind())
	}
}

func main() {
	o := Order{ID: 1, Items: []Item{{"A-1", 2, 3.5}, {"B-2", 1, 10}}, Notes: map[string]string{"gift": "yes", "door": "back"}, Rush: true}
	dump(reflect.ValueOf(&o), 0)
}
