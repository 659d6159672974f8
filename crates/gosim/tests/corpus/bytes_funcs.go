package main

import (
	"bytes"
	"fmt"
)

func main() {
	a := []byte("Hello, Gopher")
	b := []byte("hello, gopher")
	fmt.Println(bytes.Equal(a, b), bytes.EqualFold(a, b), bytes.Compare(a, b), bytes.Compare(b, a))
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Compare(nil, nil))
	fmt.Println(bytes.Contains(a, []byte("Go")), bytes.ContainsAny(a, "xyz"), bytes.ContainsRune(a, 'G'))
	fmt.Println(bytes.Index(a, []byte("o")), bytes.LastIndex(a, []byte("o")), bytes.IndexByte(a, ','), bytes.IndexRune(a, 'p'), bytes.IndexAny(a, "pq"))
	fmt.Println(bytes.HasPrefix(a, []byte("Hell")), bytes.HasSuffix(a, []byte("pher")), bytes.Count(a, []byte("o")))
	fmt.Printf("%s %s\n", bytes.ToUpper(a), bytes.ToLower(a))
	fmt.Printf("%s\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("a"), []byte("b"), []byte("c")}, []byte(", ")))
	fmt.Println(bytes.Join(nil, []byte(",")) == nil, bytes.Join([][]byte{{}}, nil) == nil)
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("oink oink"), []byte("k"), []byte("ky")))
	fmt.Printf("%s\n", bytes.Replace([]byte("aaaa"), []byte("a"), []byte("b"), 2))
	fmt.Println(bytes.Replace(nil, []byte("a"), []byte("b"), -1) == nil)
	src := []byte("copy")
	cp := bytes.Replace(src, []byte("x"), []byte("y"), -1)
	cp[0] = 'C'
	fmt.Println(string(src), string(cp))
}
