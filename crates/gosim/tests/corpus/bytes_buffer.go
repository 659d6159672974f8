package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello")
	buf.WriteByte(',')
	buf.WriteRune(' ')
	buf.WriteRune('世')
	buf.Write([]byte("界\nsecond line\nthird"))
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.Len(), buf.String())

	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	b, _ := buf.ReadByte()
	fmt.Printf("%c %v\n", b, buf.UnreadByte())
	r, size, _ := buf.ReadRune()
	fmt.Printf("%c %d %v %v\n", r, size, buf.UnreadRune(), buf.UnreadRune())
	p := make([]byte, 4)
	n, err := buf.Read(p)
	fmt.Printf("%d %q %v\n", n, p[:n], err)
	fmt.Printf("%q\n", buf.Next(3))
	rest, err := buf.ReadBytes('\n')
	fmt.Printf("%q %v\n", rest, err)
	last, err := buf.ReadString('\n')
	fmt.Printf("%q %v %d\n", last, err, buf.Len())
	n, err = buf.Read(p)
	fmt.Println(n, err, err == io.EOF)

	b2 := bytes.NewBufferString("truncate me")
	b2.Truncate(8)
	fmt.Println(b2.String(), b2.Len())
	b2.Reset()
	fmt.Printf("%q %d\n", b2.String(), b2.Len())
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())
	b3 := bytes.NewBuffer([]byte("from bytes"))
	data, _ := io.ReadAll(b3)
	fmt.Println(string(data), b3.Len())
}
