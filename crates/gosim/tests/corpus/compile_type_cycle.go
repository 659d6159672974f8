// gosim: compile-error
package main

import "fmt"

type Meters Feet

type Feet Inches

type Inches Meters

func main() {
	var m Meters
	fmt.Println(m)
}
