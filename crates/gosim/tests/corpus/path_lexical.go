package main

import (
	"fmt"
	"path"
)

func main() {
	dir, file := path.Split("css/main.css")
	fmt.Printf("%q %q\n", dir, file)
	for _, p := range []string{"", "/", "a", "a/", "/a/b/", "static/img/logo.png", "//x//y"} {
		d, f := path.Split(p)
		fmt.Printf("%q -> split %q %q, base %q, dir %q, ext %q, abs %v\n",
			p, d, f, path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p))
	}
	for _, p := range []string{"", ".", "..", "a/../..", "/../a/./b//c/..", "a//b/./c/", "../../x/../y", "/..", "abc/def/../../..", "x/./././"} {
		fmt.Printf("Clean(%q) = %q\n", p, path.Clean(p))
	}
	fmt.Printf("%q\n", path.Join())
	fmt.Printf("%q\n", path.Join("", ""))
	fmt.Printf("%q\n", path.Join("a", "", "b/", "../c"))
	fmt.Printf("%q\n", path.Join("/", "usr", "lib"))
	fmt.Printf("%q\n", path.Join("", "rel"))

	cases := [][2]string{
		{"*.go", "main.go"}, {"*.go", "dir/main.go"}, {"*/*.go", "dir/main.go"},
		{"a?c", "abc"}, {"a?c", "a/c"}, {"[a-c]x", "bx"}, {"[^a-c]x", "bx"},
		{"[^a-c]x", "dx"}, {"\\*", "*"}, {"h[éa]llo", "héllo"}, {"*", ""},
		{"[", "a"}, {"a[", "b"}, {"[]a]", "]"}, {"[a-]", "a"}, {"x\\", "x"},
		{"*x*", "axb"}, {"a*b*c", "aXbYc"}, {"a*b*c", "aXbY/c"},
	}
	for _, c := range cases {
		ok, err := path.Match(c[0], c[1])
		fmt.Printf("Match(%q, %q) = %v %v\n", c[0], c[1], ok, err)
	}
	fmt.Println(path.ErrBadPattern)
}
