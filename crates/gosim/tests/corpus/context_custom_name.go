package main

import (
	"context"
	"fmt"
	"time"
)

// A Context type with no String method: the chain names its type.
type quiet struct{ context.Context }

type loud struct{ context.Context }

func (loud) String() string { return "loud" }

type value int

func main() {
	q := &quiet{context.Background()}
	c1, cancel1 := context.WithCancel(q)
	defer cancel1()
	fmt.Println(c1)
	c2 := context.WithValue(loud{context.TODO()}, value(1), value(2))
	fmt.Println(c2)
	c3, cancel3 := context.WithTimeout(quiet{c2}, time.Hour)
	defer cancel3()
	fmt.Printf("%T %T %T\n", c1, c2, c3)
	fmt.Println(context.WithoutCancel(q))
}
