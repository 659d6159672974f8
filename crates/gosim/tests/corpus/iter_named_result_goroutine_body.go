package main

import "fmt"

func seq(yield func(int) bool) {
	for i := 1; i <= 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func f() (n int) {
	defer func() { recover() }()
	for x := range seq {
		n += x
		if x == 2 {
			panic("stop")
		}
	}
	return 100
}

func g() (s []int, total int) {
	arr := [3]int{}
	for i, v := range func(yield func(int, int) bool) { yield(0, 5); yield(2, 7) } {
		arr[i] = v
		total += v
		s = append(s, v)
	}
	fmt.Println(arr)
	return
}

func other(yield func(int) bool) {
	done := make(chan bool)
	go func() {
		yield(1)
		done <- true
	}()
	<-done
}

func main() {
	fmt.Println(f())
	fmt.Println(g())
	for v := range other {
		fmt.Println("from another goroutine", v)
	}
	for v := range other {
		defer fmt.Println("deferred", v)
	}
}
