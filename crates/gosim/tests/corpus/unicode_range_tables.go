package main

import (
	"fmt"
	"unicode"
)

// unicode.Is, In and IsOneOf with the category tables, then with the script tables:
// which script each rune of a multilingual text is in.

type named struct {
	name string
	t    *unicode.RangeTable
}

func main() {
	categories()
	scripts()
}

func categories() {
	tables := []named{
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

func scripts() {
	scripts := []named{
		{"Latin", unicode.Latin}, {"Greek", unicode.Greek}, {"Cyrillic", unicode.Cyrillic},
		{"Han", unicode.Han}, {"Hiragana", unicode.Hiragana}, {"Katakana", unicode.Katakana},
		{"Hangul", unicode.Hangul}, {"Arabic", unicode.Arabic}, {"Hebrew", unicode.Hebrew},
		{"Devanagari", unicode.Devanagari}, {"Thai", unicode.Thai}, {"Armenian", unicode.Armenian},
		{"Georgian", unicode.Georgian},
	}
	text := "Go é Ω жук 漢字 ひら カタ 한국 عربي עברית हिन्दी ไทย Հայ ქართ 1,"
	counts := map[string]int{}
	for _, r := range text {
		found := "none"
		for _, s := range scripts {
			if unicode.Is(s.t, r) {
				found = s.name
				break
			}
		}
		counts[found]++
	}
	for _, s := range scripts {
		fmt.Printf("%-10s %d\n", s.name, counts[s.name])
	}
	fmt.Println("none", counts["none"])
	fmt.Println(unicode.In('ж', unicode.Latin, unicode.Cyrillic), unicode.In('ж', unicode.Latin, unicode.Greek), unicode.In('x'))
	fmt.Println(unicode.IsOneOf([]*unicode.RangeTable{unicode.Han, unicode.Hangul}, '한'), unicode.IsOneOf(nil, 'a'))
	var cjk int
	for _, r := range "日本語のテキストと English" {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			cjk++
		}
	}
	fmt.Println("CJK runes:", cjk)
}
