package main

import (
	"fmt"
	"reflect"
)

type Base struct {
	ID int
}

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }

type inner struct {
	Secret int
}

type Doc struct {
	Base
	inner
	Title string
}

func main() {
	d := Doc{Base{7}, inner{9}, "t"}
	t := reflect.TypeOf(d)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Anonymous, f.Type, f.PkgPath, f.IsExported())
	}
	f, ok := t.FieldByName("ID")
	fmt.Println(f.Name, f.Index, ok)
	f, ok = t.FieldByName("Secret")
	fmt.Println(f.Name, f.Index, ok)
	v := reflect.ValueOf(&d).Elem()
	fmt.Println(v.FieldByName("ID").Int(), v.FieldByName("ID").CanSet())
	fmt.Println(v.FieldByName("Secret").Int(), v.FieldByName("Secret").CanSet(), v.Field(1).CanSet())
	v.FieldByName("ID").SetInt(8)
	fmt.Println(d.ID, t.NumMethod(), t.Method(0).Name)
	fmt.Println(v.MethodByName("Describe").Call(nil)[0])
	fmt.Println(v.FieldByName("Nope").IsValid())
	defer func() { fmt.Println(recover()) }()
	v.FieldByName("Secret").SetInt(1)
}
