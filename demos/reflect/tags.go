package main

import (
	"fmt"
	"reflect"
)

type User struct {
	Name    string `json:"name" db:"user_name"`
	Email   string `json:"email,omitempty"`
	Age     int    `json:"age"`
	isAdmin bool
}

func main() {
	t := reflect.TypeOf(User{})
	fmt.Println(t, "has", t.NumField(), "fields")
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		json, ok := f.Tag.Lookup("json")
		fmt.Printf("%-7s %-6v json=%-17q found=%-5v db=%q exported=%v\n",
			f.Name, f.Type, json, ok, f.Tag.Get("db"), f.IsExported())
	}
}
