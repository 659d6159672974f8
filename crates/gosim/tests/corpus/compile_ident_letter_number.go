// gosim: compile-error
package main

// U+2160 ROMAN NUMERAL ONE is a number (Nl), not a letter: no identifier starts with it.
func main() {
	Ⅰ := 1
	println(Ⅰ)
}
