// gosim: compile-error
package main

import "fmt"

func main() {
	// 2.0 and 2 are the same float64 key, so the literal names it twice.
	weights := map[float64]string{0.5: "half", 2.0: "double", 2: "twice"}
	fmt.Println(len(weights))
}
