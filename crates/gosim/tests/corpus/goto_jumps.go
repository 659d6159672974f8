package main

import "fmt"

func find(grid [][]int, want int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == want {
				fmt.Println("found at", i, j)
				goto done
			}
		}
	}
	fmt.Println("not found")
	return -1, -1
done:
	return 1, 1
}

func collatz(n int) int {
	steps := 0
loop:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto loop
}

func seq(yield func(int) bool) {
	for i := 0; i < 5; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	i := 0
top:
	// Each pass declares a fresh x: the closures keep their own.
	x := i * 10
	fs := []func() int{}
	fs = append(fs, func() int { return x })
	fmt.Println("pass", i, fs[0]())
	i++
	if i < 3 {
		goto top
	}
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 3))
	fmt.Println(find([][]int{{1, 2}}, 9))
	fmt.Println(collatz(27))

	n := 0
	switch {
	case n == 0:
		n = 5
		goto after
	default:
		fmt.Println("unreachable")
	}
after:
	fmt.Println("after switch", n)

	ch := make(chan int, 1)
	ch <- 7
	select {
	case v := <-ch:
		fmt.Println("got", v)
		goto out
	}
out:
	for v := range seq {
		k := 0
	again:
		if k < v {
			k++
			goto again
		}
		fmt.Print(k, " ")
	}
	fmt.Println()
	func() {
		j := 0
	inner:
		j++
		if j < 4 {
			goto inner
		}
		fmt.Println("closure j", j)
	}()
	defer fmt.Println("deferred runs once")
	goto end
end:
}
