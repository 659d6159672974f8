package main

import (
	"bytes"
	"fmt"
)

func main() {
	data := []byte("alpha\nbeta\ngamma")
	for line := range bytes.Lines(data) {
		fmt.Printf("%q len=%d cap=%d\n", line, len(line), cap(line))
	}
	for p := range bytes.SplitSeq([]byte("1 2 3"), []byte(" ")) {
		fmt.Printf("%s/%d ", p, cap(p))
	}
	fmt.Println()
	for p := range bytes.SplitAfterSeq([]byte("a|b|c"), []byte("|")) {
		fmt.Printf("%q ", p)
	}
	fmt.Println()
	for p := range bytes.SplitSeq([]byte("añb"), nil) {
		fmt.Printf("%q ", p)
	}
	fmt.Println()
	for f := range bytes.FieldsSeq([]byte(" x  yy\u00a0zzz\u3000w ")) {
		fmt.Printf("<%s>%d ", f, cap(f))
	}
	fmt.Println()
	isDigit := func(r rune) bool { return r >= '0' && r <= '9' }
	for f := range bytes.FieldsFuncSeq([]byte("ab1cd22ef"), isDigit) {
		fmt.Printf("%s ", f)
	}
	fmt.Println()
}
