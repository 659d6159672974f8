// gosim: compile-error
package main

import "fmt"

func init(n int) {
	fmt.Println(n)
}

func main() {}
