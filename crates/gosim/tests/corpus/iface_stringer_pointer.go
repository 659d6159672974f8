package main

import "fmt"

type V struct{ n int }

func (v *V) String() string { return fmt.Sprintf("V<%d>", v.n) }

type W struct{ n int }

func (w W) String() string { return fmt.Sprintf("W<%d>", w.n) }

func main() {
	v := V{1}
	w := W{2}
	fmt.Println(v, &v, w, &w)
	fmt.Printf("%v %v %s %d\n", v, &v, w, w)
	var s fmt.Stringer = &v
	fmt.Println(s, s.String())
	_, ok := any(v).(fmt.Stringer)
	_, ok2 := any(w).(fmt.Stringer)
	fmt.Println(ok, ok2)
	fmt.Println([]*V{&v}, []W{w}, map[string]W{"a": w})
}
