package main

import (
	"fmt"
	"strings"
	"unicode"
)

func rot13(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	}
	return r
}

func main() {
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", 2))
	fmt.Println(strings.Replace("oink oink oink", "", "-", -1))
	fmt.Println(strings.ReplaceAll("a-b-c", "-", ""))
	fmt.Println(strings.Map(rot13, "Hello, Gopher!"))
	fmt.Println(strings.Map(rot13, strings.Map(rot13, "Hello, Gopher!")))
	noVowels := strings.Map(func(r rune) rune {
		if strings.ContainsRune("aeiouAEIOU", r) {
			return -1
		}
		return r
	}, "Programming in Go")
	fmt.Println(noVowels)
	fmt.Println(strings.Map(unicode.ToUpper, "shout"))

	html := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	fmt.Println(html.Replace(`<a href="x">Tom & Jerry</a>`))
	swap := strings.NewReplacer("a", "b", "b", "a")
	fmt.Println(swap.Replace("abba baab"))
	first := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(first.Replace("aaaa"))
	fmt.Println(strings.NewReplacer("", "-").Replace("abc"))
	fmt.Println(strings.NewReplacer("", "[", "b", "B").Replace("abc"))
	fmt.Println(strings.Repeat("=", 20))
	fmt.Println(strings.Repeat("ab", 0) == "", strings.Repeat("go", 3))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("ÀÉÎ ΣΑΣ"))
	fmt.Println(strings.Clone("copy") == "copy")
}
