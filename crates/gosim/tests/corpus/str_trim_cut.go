package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.TrimSpace("\t  hello world \n\u00a0"))
	fmt.Printf("%q\n", strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.TrimRight("¡¡¡Hello, Gophers!!!", "!¡"))
	fmt.Printf("%q\n", strings.Trim("xxx", "x"))
	fmt.Printf("%q\n", strings.Trim("  keep  ", ""))
	fmt.Printf("%q\n", strings.TrimFunc("123go456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimLeftFunc("  \tindent", unicode.IsSpace))
	fmt.Printf("%q\n", strings.TrimRightFunc("done!?!", unicode.IsPunct))
	fmt.Printf("%q %q\n", strings.TrimPrefix("v1.2.3", "v"), strings.TrimSuffix("main.go", ".go"))
	fmt.Printf("%q\n", strings.TrimPrefix("v1.2.3", "x"))

	for _, kv := range []string{"host=localhost", "port=8080", "debug", "empty="} {
		key, value, found := strings.Cut(kv, "=")
		fmt.Printf("%q %q %v\n", key, value, found)
	}
	if rest, ok := strings.CutPrefix("Bearer abc123", "Bearer "); ok {
		fmt.Println("token:", rest)
	}
	fmt.Println(strings.CutPrefix("Basic xyz", "Bearer "))
	fmt.Println(strings.CutSuffix("report.pdf", ".pdf"))
	fmt.Println(strings.CutSuffix("report.pdf", ".txt"))
}
