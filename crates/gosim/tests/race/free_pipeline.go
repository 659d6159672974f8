package main

import "fmt"

type item struct{ n int }

func main() {
	in := make(chan *item, 2)
	out := make(chan *item, 2)
	go func() {
		for it := range in {
			it.n *= 10 // each item is owned by one stage at a time
			out <- it
		}
		close(out)
	}()
	for i := 1; i <= 3; i++ {
		in <- &item{i}
	}
	close(in)
	sum := 0
	for it := range out {
		sum += it.n
	}
	fmt.Println(sum)
}
