package main

import (
	"fmt"
	"unicode/utf8"
)

// unicode/utf8 over valid text, invalid bytes, cut-off sequences and the
// encoding of U+FFFD itself.
func main() {
	inputs := []string{"", "héllo, 世界", "a\xffb", "\xe4\xb8", "\uFFFD", "\xf4\x90\x80\x80",
		"\xed\xa0\x80", "😀!", "\xc0\xaf", "abc\xe2\x82"}
	for _, s := range inputs {
		r, n := utf8.DecodeRuneInString(s)
		lr, ln := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%q count=%d valid=%v first=%q/%d last=%q/%d full=%v\n", s,
			utf8.RuneCountInString(s), utf8.ValidString(s), r, n, lr, ln, utf8.FullRuneInString(s))
		b := []byte(s)
		r2, n2 := utf8.DecodeRune(b)
		fmt.Println(utf8.RuneCount(b), utf8.Valid(b), r2 == r, n2 == n)
	}
	for _, r := range []rune{'a', 'é', '世', '😀', -1, 0xD800, utf8.MaxRune, utf8.MaxRune + 1} {
		buf := make([]byte, utf8.UTFMax)
		w := utf8.EncodeRune(buf, r)
		fmt.Println(r, utf8.RuneLen(r), utf8.ValidRune(r), w, buf[:w], utf8.AppendRune([]byte("x"), r))
	}
	fmt.Println(utf8.RuneStart(0x80), utf8.RuneStart('a'), utf8.RuneError, utf8.UTFMax, utf8.RuneSelf)
}
