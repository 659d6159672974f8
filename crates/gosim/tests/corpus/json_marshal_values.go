package main

import (
	"encoding/json"
	"fmt"
	"math"
)

func show(v any) {
	b, err := json.Marshal(v)
	fmt.Printf("%s %v\n", b, err)
}

func main() {
	for _, f := range []float64{0, 1, -1, 1e-7, 1e-6, 0.000001234, 123456789, 1e20, 1e21, 3.14, -0.0000001, 1.5e300, 5e-324, math.MaxFloat64, 100, 0.1 + 0.2} {
		show(f)
	}
	for _, f := range []float32{3.14, 1e-7, 1e21, 3.4e38, 0.1, 16777216} {
		show(f)
	}
	show(math.NaN())
	show(math.Inf(1))
	show(math.Inf(-1))
	show(float32(math.Inf(1)))
	show("\u2028\u2029\x01\x1f\b\f\n\r\t\"\\/ é <tag> & \x7f")
	show("\xff\xfe a \xc3")
	show(true)
	show(nil)
	show(int8(-5))
	show(uint64(math.MaxUint64))
	show(int64(math.MinInt64))
	show([]byte{0, 1, 2, 250, 255})
	show([]byte("a"))
	show([]byte("ab"))
	show([3]byte{1, 2, 3})
	var p *int
	show(p)
	x := 4
	show(&x)
	pp := &p
	show(pp)
	show(make(chan int))
	show(struct{ C chan int }{})
	show([]chan int{})
	show(map[string]func(){})
	show(func() {})
	show(struct{ F func() }{})
	show([]any{1, make(chan bool)})
}
