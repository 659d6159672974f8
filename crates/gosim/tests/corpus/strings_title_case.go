package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

// strings.Title (deprecated, still common), ToTitle and the *Special mappings.
func main() {
	for _, s := range []string{
		"hello world", "the go programming language", "o'neil's café-au-lait",
		"snake_case and camelCase", "ǆungla ǉubav", "ünïcode wörds\tand\ttabs",
		"3rd place, 42nd street", "  leading spaces", "αβγ δέλτα", "", "x\xffy",
	} {
		fmt.Printf("%q -> %q %q\n", s, strings.Title(s), strings.ToTitle(s))
	}
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "istanbul ırmak"))
	fmt.Println(strings.ToLowerSpecial(unicode.TurkishCase, "İSTANBUL IRMAK"))
	fmt.Println(strings.ToTitleSpecial(unicode.TurkishCase, "iı"))
	fmt.Println(strings.ToUpper("istanbul"), strings.ToLower("İSTANBUL"))
	fmt.Println(string(bytes.Title([]byte("bytes too"))), string(bytes.ToTitle([]byte("ǆ"))))
	fmt.Println(string(bytes.ToUpperSpecial(unicode.AzeriCase, []byte("bir iki"))))
	fmt.Println(string(bytes.ToLowerSpecial(unicode.TurkishCase, []byte("BİR IKI"))))
	fmt.Println(string(bytes.ToTitleSpecial(unicode.TurkishCase, []byte("i"))))
}
