package main

import "fmt"

// gc reads a map at once when its key is string(b) of a byte slice, and copies a
// key the runtime takes by address (no fast path) first when it is a new value.

type K struct{ s string }
type P struct{ a, b int32 }

func main() {
	m := map[string]int{"x": 5, "y": 6}
	b := []byte("x")
	fmt.Println("index", m[string(b)], func() int { b[0] = 'y'; return 0 }())
	b = []byte("x")
	v, ok := m[string(b)], func() bool { b[0] = 'y'; return true }()
	fmt.Println("comma-ok", v, ok)
	b = []byte("x")
	fmt.Println("argument", string(b), string(b) == "x", string(b)+"!", func() int { b[0] = 'y'; return 0 }())
	b = []byte("x")
	m[string(b)] = func() int { b[0] = 'y'; return 7 }()
	fmt.Println("assigned", m["x"], m["y"])
	m = map[string]int{"x": 5, "y": 6}
	r := []rune("x")
	fmt.Println("runes", m[string(r)], func() int { r[0] = 'y'; return 0 }())
	b = []byte("x")
	fmt.Println("concatenated", m[string(b)+""], func() int { b[0] = 'y'; return 0 }())
	mk := map[K]int{{"x"}: 5, {"y"}: 6}
	b = []byte("x")
	fmt.Println("literal", mk[K{string(b)}], func() int { b[0] = 'y'; return 0 }())
	b = []byte("x")
	fmt.Println("whole read", m[string(b)], len(m), func() int { m = nil; return 0 }())

	mi := map[any]int{"x": 5, "y": 6, 1: 7, 2: 8}
	s := "x"
	fmt.Println("to any", mi[s], func() int { s = "y"; return 0 }())
	i := 1
	fmt.Println("int to any", mi[i], func() int { i = 2; return 0 }())
	m8 := map[int8]int{1: 7, 2: 8}
	j := int8(2)
	fmt.Println("int8 sum", m8[j-1+1], func() int { j = 1; return 0 }())
	m8[j+0] = func() int { j = 2; return 9 }()
	fmt.Println("int8 assigned", m8)
	mp := map[P]int{{1, 1}: 7, {2, 2}: 8}
	p := P{2, 2}
	fmt.Println("8-byte struct", mp[P{p.a, 2}], func() int { p = P{1, 1}; return 0 }())
	mf := map[float64]int{1: 7, 2: 8}
	f := 2.0
	fmt.Println("float sum", mf[f+0], func() int { f = 1; return 0 }())
	mi2 := map[int]int{1: 7, 2: 8}
	fmt.Println("int sum", mi2[i+0], func() int { i = 1; return 0 }())
	ma := map[[2]int]int{{1, 1}: 7, {2, 2}: 8}
	arr := [2]int{1, 1}
	fmt.Println("16-byte array", ma[arr], func() int { arr = [2]int{2, 2}; return 0 }())
	mu := map[uint]int{1: 7, 2: 8}
	u := uint(1)
	fmt.Println("uint", mu[u], mu[u*1], func() int { u = 2; return 0 }())
}
