package main

import (
	"context"
	"fmt"
)

type key string

type userID int

func main() {
	root := context.Background()
	c1, cancel1 := context.WithCancel(root)
	defer cancel1()
	v1 := context.WithValue(c1, key("user"), "gopher")
	c2, cancel2 := context.WithCancelCause(v1)
	defer cancel2(nil)
	v2 := context.WithValue(c2, userID(7), 42)
	w := context.WithoutCancel(v2)
	c3, cancel3 := context.WithCancel(w)
	defer cancel3()
	fmt.Println(c1)
	fmt.Println(v1)
	fmt.Println(c2)
	fmt.Println(v2)
	fmt.Println(w)
	fmt.Println(c3)
	fmt.Printf("%v\n", context.WithValue(context.TODO(), "plain", nil))
	fmt.Printf("%s\n", context.WithValue(context.TODO(), 3.5, []int{1, 2}))
	fmt.Println(c3.Value(key("user")), c3.Value(userID(7)), c3.Value("user"))
}
