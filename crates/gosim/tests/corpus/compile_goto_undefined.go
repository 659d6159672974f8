// gosim: compile-error
// A goto needs a label of its own function.
package main

import "fmt"

func main() {
	retry := 0
	func() {
		retry++
		if retry < 3 {
			goto start
		}
	}()
start:
	fmt.Println(retry)
}
