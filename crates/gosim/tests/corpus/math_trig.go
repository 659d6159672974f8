package main

import (
	"fmt"
	"math"
)

// Angles around the circle, the way a geometry exercise prints them: sine, cosine,
// tangent, and the angle back from atan2, plus arguments far beyond 2*pi.
func main() {
	for deg := -360; deg <= 360; deg += 45 {
		r := float64(deg) * math.Pi / 180
		s, c := math.Sincos(r)
		fmt.Printf("%5d° sin=%v cos=%v tan=%v\n", deg, math.Sin(r), math.Cos(r), math.Tan(r))
		fmt.Printf("       sincos=%v,%v atan2=%v\n", s, c, math.Atan2(s, c)*180/math.Pi)
	}
	for _, x := range []float64{0.1, 0.5, 1, -0.9999, 0.7071067811865476} {
		fmt.Println(x, math.Asin(x), math.Acos(x), math.Atan(x))
	}
	for _, x := range []float64{1e6, 1e15, 1 << 30, 1e22, 1e300, -3.0e200} {
		fmt.Printf("%g: %.17g %.17g %.17g\n", x, math.Sin(x), math.Cos(x), math.Tan(x))
	}
	// Points on a circle and the distance between them.
	type pt struct{ x, y float64 }
	var ps []pt
	for k := 0; k < 6; k++ {
		a := 2 * math.Pi * float64(k) / 6
		ps = append(ps, pt{3 * math.Cos(a), 3 * math.Sin(a)})
	}
	for k := range ps {
		n := ps[(k+1)%len(ps)]
		fmt.Printf("(%.3f, %.3f) side %v\n", ps[k].x, ps[k].y, math.Hypot(n.x-ps[k].x, n.y-ps[k].y))
	}
	fmt.Println(math.Sin(math.Inf(1)), math.Cos(math.NaN()), math.Tan(math.Copysign(0, -1)))
	fmt.Println(math.Atan2(0, -1), math.Atan2(math.Copysign(0, -1), -1), math.Atan2(math.Inf(1), math.Inf(-1)))
	fmt.Println(math.Hypot(3, 4), math.Hypot(1e308, 1e308), math.Hypot(math.Inf(-1), math.NaN()))
}
