// Go's texts for every bounds failure, a negative index named without the bound.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var s []int
	a := []int{1, 2, 3}
	arr := [3]int{}
	str := "abc"
	n, m := -1, 5
	lo, hi := 2, 1
	try("empty", func() { _ = s[len(s)-1] })
	try("neg", func() { _ = a[n] })
	try("arr", func() { _ = arr[n] })
	try("str", func() { _ = str[n] })
	try("big", func() { _ = a[m] })
	try("s1", func() { _ = a[:n] })
	try("s2", func() { _ = a[n:] })
	try("s3", func() { _ = a[lo:hi] })
	try("s4", func() { _ = a[:2:n] })
	try("s5", func() { _ = a[:n:2] })
	try("s6", func() { _ = a[n:1:2] })
	try("s7", func() { _ = a[lo:hi:3] })
	try("s8", func() { _ = a[:m] })
	try("s9", func() { _ = a[:2:m] })
	try("t1", func() { _ = str[:n] })
	try("t2", func() { _ = str[n:] })
	try("t3", func() { _ = str[lo:hi] })
	try("t4", func() { _ = str[:m] })
	p := &arr
	try("p1", func() { _ = p[n] })
	try("p2", func() { _ = p[n:] })
}
