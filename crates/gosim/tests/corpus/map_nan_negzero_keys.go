package main

// Map keys compare with Go's ==: a NaN key equals nothing (every insert adds an
// entry no lookup finds, yet range and len see them all), and -0.0 is the same
// key as 0.0 (the later store also replaces the stored key).

import (
	"fmt"
	"math"
)

type point struct{ x, y float64 }

func main() {
	negz := math.Copysign(0, -1)

	zeros := map[float64]string{}
	zeros[0] = "plus"
	zeros[negz] = "minus"
	for k, v := range zeros {
		fmt.Println("zero key:", k, v, math.Signbit(k), len(zeros))
	}

	nans := map[float64]int{}
	for i := 1; i <= 3; i++ {
		nans[math.NaN()] = 10
	}
	_, found := nans[math.NaN()]
	delete(nans, math.NaN())
	sum := 0
	for k, v := range nans {
		if k != k {
			sum += v
		}
	}
	fmt.Println("nan entries:", len(nans), "found:", found, "sum:", sum)
	fmt.Println(nans)

	var boxed any = math.NaN()
	im := map[any]bool{boxed: true}
	im[boxed] = false
	fmt.Println("boxed nan entries:", len(im))

	pts := map[point]int{{1, 0}: 1}
	pts[point{1, negz}]++
	pts[point{math.NaN(), 1}] = 5
	pts[point{math.NaN(), 1}] = 6
	fmt.Println("points:", len(pts), pts[point{1, 0}])

	clear(nans)
	fmt.Println("after clear:", len(nans), nans)
}
