package main

import (
	"fmt"
	"unicode"
)

// Which script each rune of a multilingual text is in.
func main() {
	scripts := []struct {
		name string
		t    *unicode.RangeTable
	}{
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
