// gosim: compile-error
package main

import "fmt"

var count = countAll()

func countAll() int { return helper() + 1 }

func helper() int { return count }

func main() { fmt.Println(count) }
