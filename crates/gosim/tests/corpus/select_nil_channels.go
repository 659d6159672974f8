package main

import "fmt"

func emit(prefix string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- fmt.Sprintf("%s%d", prefix, i)
		}
	}()
	return ch
}

func main() {
	a := emit("a", 3)
	b := emit("b", 5)
	var fromA, fromB []string
	closedSeen := 0
	// A nil channel blocks forever, so setting a finished channel to nil
	// disables its case.
	take := func(ch *<-chan string, into *[]string, v string, ok bool) {
		if !ok {
			*ch = nil
			closedSeen++
			return
		}
		*into = append(*into, v)
	}
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			take(&a, &fromA, v, ok)
		case v, ok := <-b:
			take(&b, &fromB, v, ok)
		}
	}
	// Which channel finished first varies, so only the totals are printed.
	fmt.Println(fromA, fromB, "closed:", closedSeen)

	var never chan int
	results := make(chan int, 1)
	results <- 42
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	case never <- 1:
		fmt.Println("impossible send")
	case v := <-results:
		fmt.Println("only the non-nil case can fire:", v)
	}
}
