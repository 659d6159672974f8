package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("Hello, Reader! 世界")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 8)
	for {
		n, err := r.Read(buf)
		fmt.Printf("n=%d err=%v b=%q\n", n, err, buf[:n])
		if err == io.EOF {
			break
		}
	}
	fmt.Println(r.Len())
	r.Reset("ab世")
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%c %d\n", ch, size)
	}
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	b, _ := r.ReadByte()
	fmt.Println(b, r.UnreadByte(), r.Len())

	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	sb.WriteString("go")
	sb.WriteByte(' ')
	sb.WriteRune('🙂')
	sb.WriteRune(-1)
	sb.Write([]byte(" ok"))
	fmt.Fprintf(&sb, " %d+%d=%d", 2, 3, 5)
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
	sb.Reset()
	sb.Grow(64)
	fmt.Println(sb.Len(), sb.Cap() >= 64)
	var w io.Writer = &sb
	io.WriteString(w, "via io.Writer")
	fmt.Println(sb.String())
	data, err := io.ReadAll(strings.NewReader("all of it"))
	fmt.Println(string(data), err)
}
