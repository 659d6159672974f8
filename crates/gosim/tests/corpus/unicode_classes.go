package main

import (
	"fmt"
	"unicode"
)

// The Is* class predicates (IsLetter ... IsGraphic, then IsNumber, IsMark, IsSymbol,
// IsTitle and the GraphicRanges and PrintRanges they are made of), case mapping, and
// counting the classes in a sentence.
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

	for _, r := range "7٣½²Ⅻ〇a\u0300\u20dd+$^©😀ǅᾈ \u00a0\u3000\u200b" {
		fmt.Printf("%U number=%-5v digit=%-5v mark=%-5v symbol=%-5v title=%-5v graphic=%-5v print=%-5v graphicRanges=%v printRanges=%v\n",
			r, unicode.IsNumber(r), unicode.IsDigit(r), unicode.IsMark(r), unicode.IsSymbol(r),
			unicode.IsTitle(r), unicode.IsGraphic(r), unicode.IsPrint(r),
			unicode.In(r, unicode.GraphicRanges...), unicode.IsOneOf(unicode.PrintRanges, r))
	}
	// Summing the digits and counting the other numbers in a string.
	sum, others := 0, 0
	for _, r := range "Order 66: ½ of ⅔, ٣ and 7, chapter Ⅳ" {
		switch {
		case unicode.IsDigit(r) && r < 0x80:
			sum += int(r - '0')
		case unicode.IsNumber(r):
			others++
		}
	}
	fmt.Println(sum, others)
}
