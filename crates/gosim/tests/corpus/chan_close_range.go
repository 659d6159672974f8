package main

import "fmt"

func countdown(from int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := from; i > 0; i-- {
			ch <- i
		}
	}()
	return ch
}

func main() {
	for n := range countdown(5) {
		fmt.Printf("%d... ", n)
	}
	fmt.Println("liftoff")

	ch := make(chan string, 2)
	ch <- "a"
	ch <- "b"
	close(ch)
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Printf("recv %d: %q ok=%v\n", i, v, ok)
	}
	v := <-ch
	fmt.Printf("plain receive from closed: %q\n", v)

	nums := make(chan int, 1)
	nums <- 7
	close(nums)
	n, ok := <-nums
	fmt.Println(n, ok)
	n, ok = <-nums
	fmt.Println(n, ok)

	type result struct {
		id  int
		err error
	}
	rs := make(chan result)
	close(rs)
	r, ok := <-rs
	fmt.Printf("%+v %v\n", r, ok)
	count := 0
	for range rs {
		count++
	}
	fmt.Println("ranged over empty closed channel:", count)
}
