// gosim: schedule-dependent
// When several select cases are ready, Go picks one at random.
package main

import "fmt"

// pick takes a fruit from whichever channel select chooses, then says how many are
// still buffered.
func pick(verb string, apples, oranges chan string) {
	select {
	case f := <-apples:
		fmt.Println(verb, f)
	case f := <-oranges:
		fmt.Println(verb, f)
	}
	fmt.Println("left over:", len(apples)+len(oranges))
}

func main() {
	apples := make(chan string, 1)
	oranges := make(chan string, 1)
	apples <- "apple"
	oranges <- "orange"
	pick("picked", apples, oranges)
	// Whatever was not picked is still buffered.
	pick("then", apples, oranges)
}
