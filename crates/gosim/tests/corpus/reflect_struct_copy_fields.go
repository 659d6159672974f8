package main

import (
	"fmt"
	"reflect"
)

type Src struct {
	Name  string
	Age   int
	Email string
	Extra bool
}

type Dst struct {
	Name  string
	Age   int64
	Email string
	Note  string
}

// copyFields copies every field of src whose name and type match a field of dst.
func copyFields(dst, src any) []string {
	dv := reflect.ValueOf(dst).Elem()
	sv := reflect.ValueOf(src)
	copied := []string{}
	for i := 0; i < sv.NumField(); i++ {
		name := sv.Type().Field(i).Name
		f := dv.FieldByName(name)
		if !f.IsValid() {
			continue
		}
		if sv.Field(i).Type().AssignableTo(f.Type()) {
			f.Set(sv.Field(i))
			copied = append(copied, name)
		} else if sv.Field(i).Type().ConvertibleTo(f.Type()) && f.Kind() == reflect.Int64 {
			f.SetInt(sv.Field(i).Int())
			copied = append(copied, name+"(converted)")
		}
	}
	return copied
}

func main() {
	var d Dst
	fmt.Println(copyFields(&d, Src{"Ann", 30, "a@x", true}))
	fmt.Printf("%+v\n", d)
}
