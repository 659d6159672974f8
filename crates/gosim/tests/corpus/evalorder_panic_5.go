package main

import "fmt"

// A pointer type assertion given to fmt is copied first (gc passes pointers to
// the conversion by address), so it panics before the call.
type T struct{}

var ia any = 5

func f() int { fmt.Println("f called"); return 1 }

func main() {
	var p *int
	q := &p
	fmt.Println(**q, ia.(*T), f())
}
