package main

import "fmt"

type point struct {
	X, Y int
	Tag  string
}

func main() {
	p := point{1, -2, "a"}
	fmt.Printf("[%v] [%+v] [%T]\n", p, p, p)
	fmt.Printf("[%v] [%+v]\n", &p, []point{p})
	fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%+d] [%x] [%#x] [%08.3f]\n", 42, 42, 42, 42, 42, 255, 255, -3.14159)
	fmt.Printf("[%d] [%x] [%d]\n", -7, -255, []int{1, 2})
	fmt.Printf("[%f] [%.2f] [%8.3f] [%-8.1f] [%g] [%g] [%g]\n", 3.14159, 3.14159, 3.14159, 2.5, 0.000001234, 1e21, 100.0)
	fmt.Printf("[%v] [%v] [%v] [%.3g]\n", 1.0, 2.5e-7, 123456789.0, 3.14159)
	fmt.Printf("[%s] [%10s] [%-10s] [%.2s] [%q]\n", "go", "go", "go", "gopher", "tab\there")
	fmt.Printf("[%x] [% x] [%x] [%q]\n", "hi!", "hi!", []byte("ok"), []string{"a", "b c"})
	fmt.Printf("[%c] [%c] [%q] [%d] [%x]\n", 'G', 0x1F600, 'x', 'x', 'x')
	fmt.Printf("[%t] [%v] [%5t]\n", true, false, true)
	fmt.Printf("[%v] [%v] [%s] [%d]\n", nil, []any{1, "a"}, []string{"x", "y"}, []int8{-1, 2})
	fmt.Printf("[%T] [%T] [%T] [%T] [%T]\n", 1, "s", 2.0, 'r', nil)
	fmt.Printf("[%T] [%T] [%T] [%T]\n", []int{}, map[string]bool{}, struct{}{}, func(int) string { return "" })
	fmt.Printf("[%v] [%v]\n", map[string]int{"b": 2, "a": 1}, map[int]string{3: "c", 1: "a"})
	fmt.Printf("[%6.2f%%] [%3c|%-3c]\n", 99.5, 'a', 'b')
	var e error
	var ip *int
	fmt.Printf("[%v] [%v] [%+v]\n", e, ip, struct {
		A []int
		B map[string]int
	}{})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, true), fmt.Sprintln("x", 1))
	fmt.Println(uint8(200), int64(-5), float64(1)/3, 1e6, 1e20, 1e21, 123456.0)
}
