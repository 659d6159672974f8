// gosim: refused 7:7: not supported here: complex
package main

import "fmt"

func main() {
	z := complex(1, 2)
	fmt.Println(z * z)
}
