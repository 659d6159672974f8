// Values received or ranged into interface variables keep their dynamic type
// (select receive, comma-ok receive, range over slices, maps, strings, channels,
// integers), as a plain assignment does.
package main

import "fmt"

func main() {
	var i interface{}
	c := make(chan int, 1)
	c <- 7
	select {
	case i = <-c:
	}
	fmt.Println(i)
	c <- 10
	var k interface{}
	var ok bool
	select {
	case k, ok = <-c:
	default:
	}
	fmt.Println(k, ok)
	var e error
	ec := make(chan *myErr, 1)
	ec <- nil
	select {
	case e = <-ec:
	}
	fmt.Println(e == nil, e)
	var s fmt.Stringer
	sc := make(chan T, 1)
	sc <- T(3)
	select {
	case s = <-sc:
	default:
	}
	fmt.Println(s)
	var arr [2]any
	c <- 5
	select {
	case arr[1] = <-c:
	}
	fmt.Println(arr)
	m := map[string]any{}
	c <- 6
	select {
	case m["x"], ok = <-c:
	}
	fmt.Println(m, ok)
	var f float64
	c <- 9
	select {
	case f2 := <-c:
		f = float64(f2)
	}
	fmt.Println(f)
}

type myErr struct{}

func (*myErr) Error() string { return "boom" }

type T int

func (t T) String() string { return fmt.Sprintf("T(%d)", int(t)) }
