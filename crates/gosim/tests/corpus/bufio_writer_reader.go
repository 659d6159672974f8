package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

type loud struct{ writes int }

func (l *loud) Write(p []byte) (int, error) {
	l.writes++
	fmt.Printf("  [write %d: %d bytes]\n", l.writes, len(p))
	return len(p), nil
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.WriteString("buffered 2\n")
	fmt.Println("printed directly, before the flush")
	fmt.Println("buffered bytes:", w.Buffered(), "available:", w.Available(), "size:", w.Size())
	w.Flush()

	l := &loud{}
	small := bufio.NewWriterSize(l, 16)
	for i := 0; i < 5; i++ {
		small.WriteString("abcdefg")
	}
	small.WriteByte('!')
	small.WriteRune('é')
	small.Write([]byte(strings.Repeat("z", 40)))
	fmt.Println("before flush:", small.Buffered())
	small.Flush()
	fmt.Println("writes:", l.writes)

	r := bufio.NewReader(strings.NewReader("line one\nline two\nno newline"))
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err == io.EOF {
			break
		}
	}
	rr := bufio.NewReader(strings.NewReader("héllo"))
	for {
		c, size, err := rr.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(string(c), size, " ")
	}
	b, err := bufio.NewReader(strings.NewReader("")).ReadByte()
	fmt.Println(b, err)
	in := bufio.NewScanner(os.Stdin)
	fmt.Println("stdin has a line:", in.Scan(), in.Err())
}
