package main

import (
	"fmt"
	"unicode"
)

// ToTitle, To, SimpleFold orbits and the Turkish special case.
func main() {
	for _, r := range "aǆǅǄǉǲßﬁΣσςᾳაᲐK" {
		fmt.Printf("%c: upper %c lower %c title %c | To: %c %c %c | title? %v\n", r,
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r),
			unicode.To(unicode.UpperCase, r), unicode.To(unicode.LowerCase, r), unicode.To(unicode.TitleCase, r),
			unicode.IsTitle(r))
	}
	fmt.Println(unicode.To(unicode.MaxCase, 'a') == unicode.ReplacementChar, unicode.To(-1, 'a'))
	for _, start := range []rune{'k', 'S', 'Ω', 'ǆ', '1'} {
		fmt.Printf("%c:", start)
		for r := unicode.SimpleFold(start); r != start; r = unicode.SimpleFold(r) {
			fmt.Printf(" %c", r)
		}
		fmt.Println()
	}
	tr := unicode.TurkishCase
	for _, r := range "iIıİx" {
		fmt.Printf("%c -> upper %c lower %c title %c\n", r, tr.ToUpper(r), tr.ToLower(r), tr.ToTitle(r))
	}
	fmt.Println(len(unicode.TurkishCase), unicode.AzeriCase.ToUpper('i') == 'İ')
	// A special case of one's own: swap a and b when upper-casing.
	swap := unicode.SpecialCase{
		unicode.CaseRange{Lo: 'a', Hi: 'a', Delta: [unicode.MaxCase]rune{'B' - 'a', 0, 0}},
		unicode.CaseRange{Lo: 'b', Hi: 'b', Delta: [unicode.MaxCase]rune{'A' - 'b', 0, 0}},
		unicode.CaseRange{Lo: 0x100, Hi: 0x105, Delta: [unicode.MaxCase]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}},
	}
	for _, r := range "abcāĂă" {
		fmt.Printf("%c%c%c ", swap.ToUpper(r), swap.ToLower(r), swap.ToTitle(r))
	}
	fmt.Println()
}
