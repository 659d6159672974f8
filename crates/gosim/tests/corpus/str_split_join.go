package main

import (
	"fmt"
	"strings"
)

func main() {
	csv := "name,age,city\nAda,36,London\nLinus,,Helsinki"
	for i, line := range strings.Split(csv, "\n") {
		cols := strings.Split(line, ",")
		fmt.Printf("%d: %d cols %q\n", i, len(cols), cols)
	}
	fmt.Printf("%q\n", strings.SplitN("a=b=c", "=", 2))
	fmt.Printf("%q\n", strings.SplitN("a=b=c", "=", -1))
	fmt.Printf("%q %v\n", strings.SplitN("a=b=c", "=", 0), strings.SplitN("a", "=", 0) == nil)
	fmt.Printf("%q\n", strings.SplitAfter("one. two. three.", ". "))
	fmt.Printf("%q\n", strings.SplitAfterN("1,2,3,4", ",", 3))
	fmt.Printf("%q\n", strings.Split("héllo", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split(",a,,b,", ","))
	parts := strings.SplitN("x:y", ":", 5)
	fmt.Println(len(parts), cap(parts))
	fmt.Printf("%q\n", strings.Fields("  the quick\tbrown\n\nfox  "))
	fmt.Printf("%q %v\n", strings.Fields(" \t "), strings.Fields("") == nil)
	words := strings.FieldsFunc("apples;pears, plums;;kiwis", func(r rune) bool {
		return r == ';' || r == ',' || r == ' '
	})
	fmt.Printf("%d %q\n", len(words), words)
	fmt.Println(strings.Join(words, " + "))
	fmt.Println(strings.Join(nil, "-") == "", strings.Join([]string{"solo"}, "-"))
	path := []string{"usr", "local", "go", "bin"}
	fmt.Println("/" + strings.Join(path, "/"))
}
