package main

import (
	"fmt"
	"math"
	"strconv"
)

type temp float32

func (t temp) String() string { return fmt.Sprintf("%.1f°", float32(t)) }

func mean(xs []float32) float32 {
	var sum float32
	for _, x := range xs {
		sum += x
	}
	return sum / float32(len(xs))
}

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, a*b, a/b, a-b, a+b == 0.3)
	fmt.Println(float64(a), float64(a+b))
	fmt.Printf("%v %g %.10f %e %T\n", a, b, a, b, a)
	x := float32(16777216)
	fmt.Println(x+1, x+2, x+1 == x)
	big := int64(1)<<60 + 1<<36 + 1
	fmt.Println(float32(big), float32(uint64(big)), int64(float32(big)))
	d := 1.0 / 3.0
	fmt.Println(float32(d), float64(float32(d)))
	const c float32 = 1.0 / 3
	fmt.Println(c, c*3, math.MaxFloat32, float32(math.SmallestNonzeroFloat32))
	fmt.Println(mean([]float32{1.5, 2.25, 3.125, 0.1}))
	var t temp = 36.6
	fmt.Println(t, []temp{1, 2.5})
	fmt.Println(math.Float32bits(0.1), math.Float32frombits(0x3f800001))
	fmt.Println(strconv.FormatFloat(float64(a), 'f', -1, 32), strconv.FormatFloat(float64(a), 'f', -1, 64))
	f, _ := strconv.ParseFloat("3.14159265358979", 32)
	fmt.Println(f, float32(f))
	inf := float32(math.Inf(1))
	big38 := float32(1e38)
	fmt.Println(inf, -inf, inf*0 == inf*0, big38*10)
	var p struct {
		x, y float32
		n    int8
	}
	p.x, p.y = 1e-45, 3.4e38
	fmt.Printf("%+v %v\n", p, []float32{1.0 / 3, 2.0 / 3})
	m := map[float32]string{0.5: "half"}
	fmt.Println(m[0.5], len(m))
	var i any = float32(2.5)
	switch v := i.(type) {
	case float64:
		fmt.Println("float64", v)
	case float32:
		fmt.Println("float32", v)
	}
	fmt.Println(max(a, b), min(float32(3), 1.5))
	print(a, "\n")
}
