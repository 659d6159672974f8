package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ9 \t!é€世ǅ٣_\u00a0\u2028\x7f" {
		fmt.Printf("%-8q letter=%-5v digit=%-5v space=%-5v upper=%-5v lower=%-5v punct=%-5v print=%-5v control=%-5v graphic=%v\n",
			r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsUpper(r),
			unicode.IsLower(r), unicode.IsPunct(r), unicode.IsPrint(r), unicode.IsControl(r), unicode.IsGraphic(r))
	}
	for _, r := range "aAßǅΣσςİıK" {
		fmt.Printf("%c upper=%c lower=%c fold=%c\n", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.SimpleFold(r))
	}
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
	fmt.Println(unicode.ToUpper(-1), unicode.IsLetter(-1), unicode.SimpleFold(0x110000))

	// Counting classes in a sentence, the usual exercise.
	var letters, digits, spaces, puncts, upper int
	for _, r := range "Hello, World! It's 2024: Go 1.27 — ça marche." {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			puncts++
		}
	}
	fmt.Println(letters, upper, digits, spaces, puncts)
}
