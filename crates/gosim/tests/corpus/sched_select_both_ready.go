// gosim: schedule-dependent
// When several select cases are ready, Go picks one at random.
package main

import "fmt"

func main() {
	apples := make(chan string, 1)
	oranges := make(chan string, 1)
	apples <- "apple"
	oranges <- "orange"

	select {
	case f := <-apples:
		fmt.Println("picked", f)
	case f := <-oranges:
		fmt.Println("picked", f)
	}

	// Whatever was not picked is still buffered.
	fmt.Println("left over:", len(apples)+len(oranges))
	select {
	case f := <-apples:
		fmt.Println("then", f)
	case f := <-oranges:
		fmt.Println("then", f)
	}
	fmt.Println("left over:", len(apples)+len(oranges))
}
