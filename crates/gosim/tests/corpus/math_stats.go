package main

import (
	"fmt"
	"math"
)

type point struct{ x, y float64 }

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func stddev(xs []float64) float64 {
	m := mean(xs)
	s := 0.0
	for _, x := range xs {
		s += (x - m) * (x - m)
	}
	return math.Sqrt(s / float64(len(xs)-1))
}

func geoMean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += math.Log(x)
	}
	return math.Exp(s / float64(len(xs)))
}

// A learner's statistics and physics homework: summary statistics, a projectile's
// range and flight time, and the polar form of points.
func main() {
	data := []float64{2.5, 3.7, 1.2, 9.8, 4.4, 6.1, 7.3, 5.5}
	fmt.Println("mean", mean(data), "sd", stddev(data), "geo", geoMean(data))
	fmt.Printf("%.4f %.4f\n", math.Pow(geoMean(data), 3), math.Cbrt(mean(data)))
	g := 9.81
	for _, angle := range []float64{15, 30, 45, 60, 75} {
		th := angle * math.Pi / 180
		v := 20.0
		rng := v * v * math.Sin(2*th) / g
		t := 2 * v * math.Sin(th) / g
		h := math.Pow(v*math.Sin(th), 2) / (2 * g)
		fmt.Printf("%2.0f°: range %.3f m, time %.3f s, height %.3f m (%v)\n", angle, rng, t, h, rng)
	}
	for _, p := range []point{{1, 1}, {-2, 0.5}, {0, -3}, {3, 4}} {
		r := math.Hypot(p.x, p.y)
		th := math.Atan2(p.y, p.x)
		fmt.Println(p, r, th, r*math.Cos(th), r*math.Sin(th))
	}
	// Decibels and the logistic curve.
	for _, ratio := range []float64{0.001, 0.5, 1, 2, 1000} {
		fmt.Println(ratio, 10*math.Log10(ratio), 1/(1+math.Exp(-math.Log(ratio))))
	}
}
