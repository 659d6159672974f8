package main

import (
	"fmt"
	"reflect"
)

type Config struct {
	Retries int
	name    string
}

func main() {
	cfg := Config{Retries: 1, name: "db"}
	v := reflect.ValueOf(&cfg).Elem()
	f := v.Field(0)
	fmt.Println("CanSet:", f.CanSet())
	f.SetInt(5)
	fmt.Println("Retries =", cfg.Retries)
}
