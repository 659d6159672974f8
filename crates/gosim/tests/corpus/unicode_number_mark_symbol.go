package main

import (
	"fmt"
	"unicode"
)

// IsNumber, IsMark, IsSymbol, IsTitle beside IsDigit, IsGraphic and IsPrint, and
// the GraphicRanges and PrintRanges they are made of.
func main() {
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
