// gosim: compile-error
package main

// U+0345 is Alphabetic in Unicode but not a letter to Go (category Mn).
func main() {
	xͅ := 1
	println(xͅ)
}
