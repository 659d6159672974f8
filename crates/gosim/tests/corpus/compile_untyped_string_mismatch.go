// gosim: compile-error
package main

import "fmt"

func main() {
	price := 2.5
	fmt.Println(price + " euros")
}
