package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
)

// A writer that takes at most limit bytes per Write.
type shortWriter struct {
	got   []byte
	limit int
}

func (w *shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.limit {
		p = p[:w.limit]
	}
	w.got = append(w.got, p...)
	return len(p), nil
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 2, errors.New("disk full") }

func main() {
	// Goroutines log into a buffer that is written out once, at the end.
	var out bytes.Buffer
	defer out.WriteTo(os.Stdout)
	done := make(chan int)
	for i := 1; i <= 3; i++ {
		go func() { done <- i * i }()
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-done
	}
	fmt.Fprintf(&out, "sum of squares: %d\n", sum)

	var b bytes.Buffer
	b.WriteString("hello, world")
	b.Next(7)
	var dst bytes.Buffer
	n, err := b.WriteTo(&dst)
	fmt.Fprintln(&out, n, err, dst.String(), b.Len())

	n, err = b.WriteTo(&dst)
	fmt.Fprintln(&out, "empty:", n, err)

	b.WriteString("abcdef")
	sw := &shortWriter{limit: 4}
	n, err = b.WriteTo(sw)
	fmt.Fprintln(&out, n, err, string(sw.got), b.String())

	n, err = b.WriteTo(failWriter{})
	fmt.Fprintln(&out, n, err, b.Len())
}
