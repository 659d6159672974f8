package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "the gopher goes to the go conference"
	fmt.Println(strings.Index(s, "go"), strings.LastIndex(s, "go"), strings.Index(s, "rust"))
	fmt.Println(strings.Count(s, "go"), strings.Count(s, "e"), strings.Count("five", ""))
	fmt.Println(strings.IndexByte(s, 'g'), strings.LastIndexByte(s, 'g'), strings.IndexByte(s, 'z'))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexRune("日本語", '語'), strings.IndexRune("abc", 'z'))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"), strings.IndexAny("x", ""))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > unicode.MaxASCII }))
	fmt.Println(strings.LastIndexFunc("go 123 gopher", unicode.IsDigit))
	fmt.Println(strings.Contains(s, "goes"), strings.ContainsAny(s, "xyz"), strings.ContainsAny(s, "xyzg"))
	fmt.Println(strings.ContainsRune(s, 'φ'), strings.ContainsFunc(s, unicode.IsUpper))
	fmt.Println(strings.HasPrefix(s, "the"), strings.HasSuffix(s, "conference"))
	fmt.Println(strings.Compare("apple", "banana"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.EqualFold("Gopher", "GOPHER"), strings.EqualFold("Σίσυφος", "ΣΊΣΥΦΟΣ"), strings.EqualFold("go", "og"))
	fmt.Println(strings.EqualFold("straße", "STRASSE"), strings.EqualFold("K", "\u212a"), strings.EqualFold("ab", "abc"))
	// A word counter, case-insensitive.
	counts := map[string]int{}
	for _, w := range strings.Fields("Go go GO gopher Gopher the") {
		counts[strings.ToLower(w)]++
	}
	fmt.Println(counts["go"], counts["gopher"], counts["the"])
}
