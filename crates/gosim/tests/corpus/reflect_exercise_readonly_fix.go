package main

import (
	"fmt"
	"reflect"
)

type User struct {
	Name     string
	password string
}

func main() {
	u := User{Name: "ann", password: "hunter2"}
	v := reflect.ValueOf(&u).Elem()
	f := v.Field(1)
	fmt.Println("CanAddr:", f.CanAddr(), "CanSet:", f.CanSet())
	f.SetString("bob")
	fmt.Println(u.Name)
}
