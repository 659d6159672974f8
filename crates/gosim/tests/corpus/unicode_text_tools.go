package main

import (
	"fmt"
	"strings"
	"unicode"
)

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, unicode.ToLower(r))
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func camelToSnake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func capitalize(s string) string {
	prev := ' '
	return strings.Map(func(r rune) rune {
		defer func() { prev = r }()
		if unicode.IsSpace(prev) {
			return unicode.ToUpper(r)
		}
		return r
	}, s)
}

func main() {
	for _, s := range []string{"A man, a plan, a canal: Panama", "Ésope reste ici et se repose", "gopher"} {
		fmt.Printf("%q palindrome: %v\n", s, isPalindrome(s))
	}
	for _, s := range []string{"parseHTTPRequest", "userID", "simple", "ÀlaCarte"} {
		fmt.Println(s, "->", camelToSnake(s))
	}
	fmt.Println(capitalize("the go programming language, ça va"))
	fmt.Println(strings.EqualFold("Gopher", "GOPHER"), strings.ToUpper("ﬃ ß"), strings.ToLower("ΑΣ"))
	strength := func(pw string) (score int) {
		checks := []func(rune) bool{unicode.IsUpper, unicode.IsLower, unicode.IsDigit, unicode.IsPunct}
		for _, f := range checks {
			if strings.IndexFunc(pw, f) >= 0 {
				score++
			}
		}
		return score
	}
	fmt.Println(strength("password"), strength("Passw0rd"), strength("Pa$$w0rd!"))
}
