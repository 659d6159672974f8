package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{
		`"hello\n"`, "`raw\\n`", "`a\r\nb`", `'x'`, `'☺'`, `'\''`, `"\""`, `'\"'`, `"\'"`,
		`"bad`, `"\u263a\U0001F600"`, `abc`, `''`, `'ab'`, `"a"b"`, "\"a\nb\"",
		`"\x41\101\0"`, `"\400"`, `"\xZZ"`, `"\uD800"`, `"\q"`, `"`, `""`, "\"\xff\"",
		"'\xff'", `'\x80'`, `"\a\b\f\r\t\v\\"`, "``", "`a`b`", `"tab	here"`,
	} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%-22q => %q %v\n", s, u, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(v, mb, tail, err)
	v, mb, tail, err = strconv.UnquoteChar(`\'x`, '"')
	fmt.Println(v, mb, tail, err)
	v, mb, tail, err = strconv.UnquoteChar(`é!`, '\'')
	fmt.Println(v, mb, tail, err)
	// A round trip through Quote.
	for _, s := range []string{"a\tb", "☺\x00", "\"q\""} {
		u, err := strconv.Unquote(strconv.Quote(s))
		fmt.Println(u == s, err)
	}
}
