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
	Name    string   `json:"name"`
	Age     int      `json:"age"`
	Email   string   `json:"email,omitempty"`
	Admin   bool     `json:"admin"`
	Tags    []string `json:"tags"`
	Home    *Address `json:"home"`
	Score   float64  `json:"score"`
	private int
	Skip    string `json:"-"`
}

func encode(v reflect.Value) string {
	switch v.Kind() {
	case reflect.String:
		return strconv.Quote(v.String())
	case reflect.Int, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'g', -1, 64)
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Pointer:
		if v.IsNil() {
			return "null"
		}
		return encode(v.Elem())
	case reflect.Slice:
		if v.IsNil() {
			return "null"
		}
		parts := []string{}
		for i := 0; i < v.Len(); i++ {
			parts = append(parts, encode(v.Index(i)))
		}
		return "[" + strings.Join(parts, ",") + "]"
	case reflect.Struct:
		t := v.Type()
		parts := []string{}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, opts := tag, ""
			if c := strings.Index(tag, ","); c >= 0 {
				name, opts = tag[:c], tag[c+1:]
			}
			if name == "" {
				name = f.Name
			}
			fv := v.Field(i)
			if opts == "omitempty" && fv.IsZero() {
				continue
			}
			parts = append(parts, strconv.Quote(name)+":"+encode(fv))
		}
		return "{" + strings.Join(parts, ",") + "}"
	}
	return "\"unsupported " + v.Kind().String() + "\""
}

func main() {
	p := Person{Name: "Ada", Age: 36, Tags: []string{"math", "code"}, Home: &Address{City: "London"}, Score: 9.5, private: 1, Skip: "x"}
	fmt.Println(encode(reflect.ValueOf(p)))
	fmt.Println(encode(reflect.ValueOf(&Person{Name: "Bob", Email: "b@x"})))
}
