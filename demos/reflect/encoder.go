package main

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type Address struct {
	City string `json:"city"`
	Zip  string `json:"zip,omitempty"`
}

type Person struct {
	Name   string   `json:"name"`
	Age    int      `json:"age"`
	Email  string   `json:"email,omitempty"`
	Langs  []string `json:"langs"`
	Home   *Address `json:"home"`
	secret string
}

// encode writes v as JSON, the way encoding/json decides what to write:
// by Kind, with the struct tags naming (and sometimes omitting) fields.
func encode(v reflect.Value) string {
	switch v.Kind() {
	case reflect.String:
		return strconv.Quote(v.String())
	case reflect.Int:
		return strconv.Itoa(int(v.Int()))
	case reflect.Pointer:
		if v.IsNil() {
			return "null"
		}
		return encode(v.Elem())
	case reflect.Slice:
		if v.IsNil() {
			return "null"
		}
		var parts []string
		for i := 0; i < v.Len(); i++ {
			parts = append(parts, encode(v.Index(i)))
		}
		return "[" + strings.Join(parts, ",") + "]"
	case reflect.Struct:
		var parts []string
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue // encoding/json cannot Interface() it either
			}
			name, omitEmpty := f.Tag.Get("json"), false
			if c := strings.Index(name, ","); c >= 0 {
				name, omitEmpty = name[:c], name[c+1:] == "omitempty"
			}
			if omitEmpty && v.Field(i).IsZero() {
				continue
			}
			parts = append(parts, strconv.Quote(name)+":"+encode(v.Field(i)))
		}
		return "{" + strings.Join(parts, ",") + "}"
	}
	return `"?"`
}

func main() {
	p := Person{Name: "Ada", Age: 36, Langs: []string{"en", "fr"}, Home: &Address{City: "London"}, secret: "x"}
	fmt.Println(encode(reflect.ValueOf(p)))
	fmt.Println(encode(reflect.ValueOf(&Person{Name: "Bob", Email: "bob@example.com"})))
}
