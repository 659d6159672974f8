package main

import "fmt"

// Identifiers may use any Unicode letter, and digits of any script after the first
// character.
func main() {
	π := 3.14159
	世界 := "hello"
	été := 2024
	x٣ := 3 // ARABIC-INDIC DIGIT THREE
	Ωmega := π * 2
	fmt.Println(π, 世界, été, x٣, Ωmega)
}
