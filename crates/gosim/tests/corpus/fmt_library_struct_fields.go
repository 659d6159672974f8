package main

// Library structs whose fields the engine keeps as Go does print them: an error
// from errors.New, a context chain, a strconv error by value, and reflect's
// StructField, whose Offset follows the amd64 layout.

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strconv"
)

type record struct {
	Flag  bool
	Count int `json:"count"`
	Label string
	Score float32
	Tiny  int8
	Price float64
}

type inner struct {
	Small byte
	Big   int64
}

type outer struct {
	Tag int16
	inner
	Bytes [3]int8
	Done  struct{}
}

type key string

func main() {
	fmt.Printf("%#v\n", errors.New("disk full"))

	ctx := context.WithValue(context.TODO(), key("user"), 42)
	fmt.Printf("%v\n%#v\n", ctx, ctx)

	_, err := strconv.ParseInt("12x", 10, 64)
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Printf("%v\n%+v\n", *numErr, *numErr)
	}

	rt := reflect.TypeOf(record{})
	for i := 0; i < rt.NumField(); i++ {
		fmt.Printf("%+v\n", rt.Field(i))
	}
	f, ok := rt.FieldByName("Price")
	fmt.Println(f.Offset, f.Index, ok)

	ot := reflect.TypeOf(outer{})
	for i := 0; i < ot.NumField(); i++ {
		fmt.Println(ot.Field(i).Name, ot.Field(i).Offset)
	}
	promoted, _ := ot.FieldByName("Big")
	fmt.Println(promoted.Offset, promoted.Index)
}
