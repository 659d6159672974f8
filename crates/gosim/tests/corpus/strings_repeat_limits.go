package main

import (
	"bytes"
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

// Repeat's panics, word for word, for strings and bytes.
func main() {
	fmt.Println(len(strings.Repeat("ab", 1<<20)), strings.Repeat("-", 0) == "", strings.Repeat("", 1<<62))
	fmt.Println(len(bytes.Repeat([]byte("xyz"), 1000)), len(bytes.Repeat(nil, 1<<62)))
	try("strings negative", func() { strings.Repeat("x", -1) })
	try("strings overflow", func() { strings.Repeat("ab", 1<<62) })
	try("strings overflow by one", func() { strings.Repeat("abc", (1<<63-1)/3+1) })
	try("bytes negative", func() { bytes.Repeat([]byte("x"), -2) })
	try("bytes overflow", func() { bytes.Repeat([]byte("abcd"), 1<<61) })
	try("empty negative", func() { strings.Repeat("", -1) })
}
