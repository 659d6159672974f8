package main

import (
	"bytes"
	"fmt"
	"strings"
)

// EqualFold is simple case folding: one rune for one rune.
func main() {
	pairs := [][2]string{
		{"Go", "GO"}, {"Kelvin", "\u212Aelvin"}, {"ſ", "S"}, {"Straße", "STRASSE"},
		{"straße", "STRAẞE"}, {"ǅ", "ǆ"}, {"Σίσυφος", "ΣΊΣΥΦΟΣ"}, {"σ", "ς"},
		{"İ", "i"}, {"ı", "I"}, {"ﬁ", "FI"}, {"µ", "Μ"}, {"abc", "ab"}, {"", ""},
		{"a\xff", "A\xff"}, {"\xff", "\xfe"}, {"Ǆ", "ǅ"}, {"Å", "\u212B"},
	}
	for _, p := range pairs {
		fmt.Printf("%q %q %v %v\n", p[0], p[1], strings.EqualFold(p[0], p[1]),
			bytes.EqualFold([]byte(p[0]), []byte(p[1])))
	}
}
