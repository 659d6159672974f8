package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Hello, Gopher World  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.ToUpper(t), strings.ToLower(t))
	fmt.Println(strings.Contains(t, "Gopher"), strings.Contains(t, "gopher"))
	fmt.Println(strings.HasPrefix(t, "Hello"), strings.HasSuffix(t, "World"))
	fmt.Println(strings.Index(t, "o"), strings.Index(t, "xyz"))

	parts := strings.Split("a,b,,c", ",")
	fmt.Printf("%d %q\n", len(parts), parts)
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Println(strings.Join(parts, "|"))
	fmt.Printf("%q\n", strings.Fields("  one two\tthree\n four "))

	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"))
	fmt.Println(strings.Repeat("ab", 3) + strings.Repeat("-", 0) + "|")

	var sb strings.Builder
	for i := 0; i < 5; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(fmt.Sprintf("%d^2=%d", i, i*i))
	}
	sb.WriteString(".")
	sb.WriteString(string(rune(0x2713)))
	fmt.Println(sb.String(), sb.Len())

	title := func(w string) string {
		if w == "" {
			return w
		}
		return strings.ToUpper(w[:1]) + w[1:]
	}
	words := strings.Fields("the go programming language")
	for i, w := range words {
		words[i] = title(w)
	}
	fmt.Println(strings.Join(words, " "))
}
