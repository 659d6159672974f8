package main

import (
	"fmt"
	"unicode"
)

// unicode.Is and In with the category and script tables.
func main() {
	tables := []struct {
		name string
		t    *unicode.RangeTable
	}{
		{"Letter", unicode.Letter}, {"Upper", unicode.Upper}, {"Lower", unicode.Lower},
		{"Title", unicode.Title}, {"Digit", unicode.Digit}, {"Number", unicode.Number},
		{"Nl", unicode.Nl}, {"No", unicode.No}, {"Mark", unicode.Mark}, {"Mn", unicode.Mn},
		{"Punct", unicode.Punct}, {"Pd", unicode.Pd}, {"Ps", unicode.Ps}, {"Pi", unicode.Pi},
		{"Symbol", unicode.Symbol}, {"Sc", unicode.Sc}, {"Sm", unicode.Sm}, {"So", unicode.So},
		{"Space", unicode.Space}, {"Zs", unicode.Zs}, {"Zl", unicode.Zl}, {"Other", unicode.Other},
		{"Cc", unicode.Cc}, {"Cf", unicode.Cf}, {"Co", unicode.Co}, {"White_Space", unicode.White_Space},
	}
	runes := "aZǅ5½Ⅻ²\u0301⃝-([«$+©😀 \u2028\u00ad\x07\ue000\t"
	for _, tab := range tables {
		fmt.Printf("%-11s", tab.name)
		for _, r := range runes {
			if unicode.Is(tab.t, r) {
				fmt.Print(" ", string(r))
			} else {
				fmt.Print(" .")
			}
		}
		fmt.Println()
	}
	fmt.Println(unicode.Letter == unicode.L, unicode.Digit == unicode.Nd, unicode.Space == unicode.Z)
	fmt.Println(unicode.Is(unicode.Letter, -5), unicode.Is(unicode.Other, 0x110000), unicode.Is(unicode.Co, 0x10FFFD))
	fmt.Println(unicode.Version)
}
