// bytes.NewReader: Read, ReadByte, ReadRune/UnreadRune, UnreadByte, ReadAt, Seek,
// Len, Size, WriteTo (io.Copy), Reset, with Go's errors.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := bytes.NewReader([]byte("héllo, wörld"))
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Printf("%d %v %q %d\n", n, err, buf[:n], r.Len())
	c, size, err := r.ReadRune()
	fmt.Println(c, size, err, r.UnreadRune(), r.UnreadRune())
	b, err := r.ReadByte()
	fmt.Println(b, err, r.UnreadByte(), r.UnreadRune())
	at := make([]byte, 6)
	n, err = r.ReadAt(at, 9)
	fmt.Printf("%d %v %q\n", n, err, at[:n])
	n, err = r.ReadAt(at, 100)
	fmt.Println(n, err)
	_, err = r.ReadAt(at, -1)
	fmt.Println(err)
	pos, err := r.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err, r.Len())
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q\n", rest)
	n, err = r.Read(buf)
	fmt.Println(n, err)
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
	_, err = r.Seek(0, 7)
	fmt.Println(err)
	pos, _ = r.Seek(100, io.SeekStart)
	fmt.Println(pos, r.Len())
	r.Reset([]byte("abc"))
	fmt.Println(r.UnreadByte(), r.UnreadRune())
	w, err := io.Copy(os.Stdout, r)
	fmt.Println()
	fmt.Println(w, err, r.Len())
	var sb strings.Builder
	r.Reset([]byte("line one\nline two\n"))
	r.Seek(5, io.SeekCurrent)
	m, err := r.WriteTo(&sb)
	fmt.Printf("%d %v %q\n", m, err, sb.String())
}
