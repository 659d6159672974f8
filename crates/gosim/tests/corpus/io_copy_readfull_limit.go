// io.Copy, CopyN, ReadFull, ReadAtLeast and LimitReader over a Reader and a
// Writer of the program's own, so every Read and Write call shows.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type chunky struct {
	s   string
	max int
}

func (c *chunky) Read(p []byte) (int, error) {
	if c.s == "" {
		return 0, io.EOF
	}
	n := min(len(p), c.max, len(c.s))
	copy(p, c.s[:n])
	c.s = c.s[n:]
	fmt.Printf("read(%d) -> %d\n", len(p), n)
	return n, nil
}

type logw struct{ got []string }

func (w *logw) Write(p []byte) (int, error) {
	w.got = append(w.got, string(p))
	return len(p), nil
}

func main() {
	w := &logw{}
	n, err := io.Copy(w, io.LimitReader(&chunky{"hello, world", 5}, 9))
	fmt.Println(n, err, w.got)

	buf := make([]byte, 8)
	k, err := io.ReadFull(&chunky{"abcdefghij", 3}, buf)
	fmt.Println(k, err, string(buf[:k]))
	k, err = io.ReadFull(&chunky{"abc", 2}, buf)
	fmt.Println(k, err)
	k, err = io.ReadFull(&chunky{"", 2}, buf)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(&chunky{"xyz", 3}, buf[:2], 3)
	fmt.Println(k, err)

	m, err := io.CopyN(w, &chunky{"0123456789", 4}, 6)
	fmt.Println(m, err, w.got[len(w.got)-2:])
	m, err = io.CopyN(w, &chunky{"01", 4}, 6)
	fmt.Println(m, err)

	sr := strings.NewReader("from a strings.Reader\n")
	m, err = io.Copy(os.Stdout, sr)
	fmt.Println(m, err, sr.Len())
	lr := &io.LimitedReader{R: strings.NewReader("limited"), N: 3}
	all, _ := io.ReadAll(lr)
	fmt.Println(string(all), lr.N)
}
