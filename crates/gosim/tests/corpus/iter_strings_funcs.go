package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	text := "first line\nsecond line\n\nlast"
	for line := range strings.Lines(text) {
		fmt.Printf("%q\n", line)
	}
	seq := strings.Lines("a\nb\n")
	n := 0
	for range seq {
		n++
	}
	for range seq {
		n++
	}
	fmt.Println("lines counted", n)

	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
	sp := strings.SplitSeq("x-y-z", "-")
	for p := range sp {
		fmt.Print(p, " ")
	}
	for p := range sp {
		fmt.Print("again ", p, " ")
	}
	fmt.Println()
	for part := range strings.SplitSeq("héllo", "") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for part := range strings.SplitAfterSeq("k=v;a=b;", ";") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  go   is\tfun\n  ") {
		fmt.Printf("<%s>", f)
	}
	fmt.Println()
	calls := 0
	isSep := func(r rune) bool {
		calls++
		return !unicode.IsLetter(r)
	}
	for w := range strings.FieldsFuncSeq("one, two;three...four", isSep) {
		fmt.Print(w, "@", calls, " ")
		if w == "three" {
			break
		}
	}
	fmt.Println()
}
