// strings.Reader.Seek (from the start, the current position, the end, past
// the end), bufio.Reader.Peek, strconv.IntSize and runtime.KeepAlive.
package main

import (
	"bufio"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"
)

func main() {
	r := strings.NewReader("0123456789")
	pos, err := r.Seek(3, io.SeekStart)
	b, _ := r.ReadByte()
	fmt.Println(pos, err, string(b), r.Len())
	pos, err = r.Seek(2, io.SeekCurrent)
	b, _ = r.ReadByte()
	fmt.Println(pos, err, string(b), r.Len())
	pos, err = r.Seek(-1, io.SeekEnd)
	b, _ = r.ReadByte()
	fmt.Println(pos, err, string(b), r.Len())
	pos, err = r.Seek(20, io.SeekStart)
	_, rerr := r.ReadByte()
	fmt.Println(pos, err, rerr, r.Len())
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
	_, err = r.Seek(0, 7)
	fmt.Println(err)
	fmt.Println(r.UnreadByte(), r.Len())

	br := bufio.NewReaderSize(strings.NewReader("hello, bufio peeking"), 16)
	p, err := br.Peek(5)
	fmt.Printf("%q %v %d\n", p, err, br.Buffered())
	line, _ := br.ReadString(',')
	fmt.Printf("%q\n", line)
	p, err = br.Peek(20)
	fmt.Printf("%q %v\n", p, err)
	p, err = br.Peek(-1)
	fmt.Printf("%q %v\n", p, err)
	rest, _ := br.ReadString(0)
	p, err = br.Peek(3)
	fmt.Printf("%q %q %v\n", rest, p, err)

	fmt.Println(strconv.IntSize)
	x := []int{1, 2}
	runtime.KeepAlive(x)
	fmt.Println(x)
}
