package main

import "fmt"

// When both sides of one assignment panic, gc's is the value's panic: it evaluates
// the right side before the left side's bounds, nil and map checks (an op= reads
// the place first); a computed index of the place comes before the right side.

type T struct {
	f int
	p *int
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	a := []int{1}
	b := []int{2}
	i, j := 7, 9
	var np *T
	var npp **T
	var m map[int]int
	var s []int
	var x any = "s"
	z := 0
	try("index", func() { a[i] = b[j] })
	try("field", func() { np.f = a[5] })
	try("map", func() { m[1] = a[5] })
	try("map value", func() { m[1] = np.f })
	try("divide", func() { a[5] = 1 / z })
	try("field divide", func() { np.f = 1 / z })
	try("array pointer", func() { var ap *[3]int; ap[1] = a[5] })
	try("star", func() { var ip *int; *ip = a[5] })
	try("array", func() { var arr [3]int; arr[i] = b[5] })
	try("assert", func() { a[5] = x.(int) })
	try("field assert", func() { np.f = x.(int) })
	try("tuple", func() { np.f, a[0] = a[5], 1 })
	try("tuple index", func() { a[7], b[0] = b[9], 1 })
	try("double star", func() { (*npp).f = a[5] })
	try("field star", func() { *np.p = a[5] })
	try("nil slice", func() { s[0] = a[5] })
	try("op=", func() { a[i] += b[j] })
	try("field op=", func() { np.f += a[5] })
	try("nested", func() { var arr [2][]int; arr[0][3] = a[5] })
	try("map key", func() { m[a[7]] = a[5] })
	try("copied key", func() { m8 := map[int8]int{}; m8[int8(a[7])] = a[5] })
	try("unsigned shift in the place", func() { var u uint = 1; a[7<<u] = b[9] })
	try("conversion value", func() { np.f = int(int8(z)) })
	o, n := 1, -1
	arr := [2]int{}
	try("place divides", func() { a[1/z] = a[5] })
	try("place divides, both panic", func() { a[7/o] = b[9] })
	try("place divides, place panics", func() { a[7/o] = b[0] })
	try("array place divides", func() { arr[9/z] = b[5] })
	try("place shifts", func() { a[1<<n] = b[5] })
	try("map key divides", func() { mm := map[int]int{}; mm[1/z] = np.f })
	try("map key shifts", func() { mm := map[int]int{}; mm[1<<n] = np.f })
	try("index of field", func() { a[np.f] = a[5] })
	try("deref value", func() { a[5] = *np.p })
	try("len", func() { a[7] = len(fmt.Sprint(b[3])) })
	try("slice", func() { np.f = a[i:][0] })
	fmt.Println(a, b)
}
