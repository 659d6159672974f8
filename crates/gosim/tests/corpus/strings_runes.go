package main

import "fmt"

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), len([]rune(s)))
	for i, r := range s {
		fmt.Printf("%2d %c %x %d\n", i, r, r, len(string(r)))
	}
	fmt.Println(s[1], s[2], s[:2] == "h\xc3")
	fmt.Printf("% x\n", s[:6])

	bs := []byte(s)
	bs[0] = 'H'
	fmt.Println(string(bs), s)

	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	fmt.Println(string(rs))

	var r rune = 'A' + 2
	var b byte = 'a'
	fmt.Println(r, string(r), b, string(rune(b+1)))
	fmt.Printf("%c %q %v %T %T\n", r, r, 'x', r, b)

	count := 0
	for _, c := range "mississippi" {
		if c == 's' {
			count++
		}
	}
	fmt.Println("s count:", count)

	word := "go"
	word += "pher"
	fmt.Println(word, word[2:], word < "goz", "abc" > "abd")
	fmt.Println(string(rune(0x4e16)), []byte("é"), []rune("é"))
}
