package main

import (
	"fmt"
	"reflect"
)

type Config struct {
	Host    string `json:"host" env:"APP_HOST"`
	Port    int    `json:"port,omitempty"`
	Debug   bool   `json:"-"`
	secret  string
	Timeout float64 `yaml:"timeout" json:"timeout"`
}

func main() {
	t := reflect.TypeOf(Config{})
	fmt.Println(t.Name(), t.Kind(), t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		v, ok := f.Tag.Lookup("json")
		fmt.Printf("%-8s %-8v json=%q(%v) env=%q exported=%v\n", f.Name, f.Type, v, ok, f.Tag.Get("env"), f.IsExported())
	}
	fmt.Println(string(t.Field(0).Tag))
	f, ok := t.FieldByName("Timeout")
	fmt.Println(f.Name, f.Index, ok, f.Tag.Get("yaml"))
	_, ok = t.FieldByName("Missing")
	fmt.Println(ok)
}
