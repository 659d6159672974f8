package main

// io's Closer family: a user type that closes, interfaces built from Reader,
// Writer and Closer, and assertions that tell which values have Close.

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type logFile struct {
	name   string
	lines  []string
	closed bool
}

func (l *logFile) Write(p []byte) (int, error) {
	if l.closed {
		return 0, fmt.Errorf("write %s: closed", l.name)
	}
	l.lines = append(l.lines, string(p))
	return len(p), nil
}

func (l *logFile) Close() error {
	if l.closed {
		return fmt.Errorf("close %s: already closed", l.name)
	}
	l.closed = true
	return nil
}

func finish(w io.Writer) {
	if c, ok := w.(io.Closer); ok {
		fmt.Println("closing:", c.Close())
	} else {
		fmt.Printf("%T has no Close\n", w)
	}
}

func main() {
	lf := &logFile{name: "app.log"}
	var wc io.WriteCloser = lf
	fmt.Fprintln(wc, "started")
	finish(wc)
	_, err := wc.Write([]byte("late"))
	fmt.Println(err, wc.Close())
	fmt.Println(len(lf.lines), strings.TrimSpace(lf.lines[0]))

	var buf bytes.Buffer
	var rw io.ReadWriter = &buf
	io.WriteString(rw, "hello")
	p := make([]byte, 3)
	n, _ := rw.Read(p)
	fmt.Println(n, string(p[:n]))
	finish(&buf)

	_, isCloser := any(os.Stdout).(io.Closer)
	_, isRWC := any(os.Stdout).(io.ReadWriteCloser)
	_, isRC := any(strings.NewReader("x")).(io.ReadCloser)
	fmt.Println(isCloser, isRWC, isRC)
}
