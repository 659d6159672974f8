// Package bufio: Scanner, Writer and Reader with Go's buffer sizes and algorithms,
// so a Read or Write method of the program's own sees the calls Go makes.
package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

const (
	MaxScanTokenSize = 64 * 1024
	defaultBufSize   = 4096
	maxEmptyReads    = 100
)

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
	ErrFinalToken      = errors.New("final token")
	ErrBufferFull      = errors.New("bufio: buffer full")
	ErrNegativeCount   = errors.New("bufio: negative count")
)

type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// A Scanner holds buf[start:end] unread; err is the first error (io.EOF at the end).
type Scanner struct {
	r          io.Reader
	split      SplitFunc
	max        int
	token      []byte
	buf        []byte
	start, end int
	err        error
	empties    int
	scanCalled bool
	done       bool
}

func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, max: MaxScanTokenSize}
}

func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

func (s *Scanner) Bytes() []byte { return s.token }

func (s *Scanner) Text() string { return string(s.token) }

func (s *Scanner) Split(split SplitFunc) {
	if s.scanCalled {
		panic("Split called after Scan")
	}
	s.split = split
}

func (s *Scanner) Buffer(buf []byte, max int) {
	if s.scanCalled {
		panic("Buffer called after Scan")
	}
	s.buf = buf[0:cap(buf)]
	s.max = max
}

func (s *Scanner) setErr(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	s.scanCalled = true
	for {
		if s.end > s.start || s.err != nil {
			adv, tok, err := s.split(s.buf[s.start:s.end], s.err != nil)
			if err != nil {
				if err == ErrFinalToken {
					s.token = tok
					s.done = true
					return tok != nil
				}
				s.setErr(err)
				return false
			}
			if adv < 0 {
				s.setErr(ErrNegativeAdvance)
				return false
			}
			if adv > s.end-s.start {
				s.setErr(ErrAdvanceTooFar)
				return false
			}
			s.start += adv
			s.token = tok
			if tok != nil {
				if s.err == nil || adv > 0 {
					s.empties = 0
				} else if s.empties++; s.empties > maxEmptyReads {
					panic("bufio.Scan: too many empty tokens without progressing")
				}
				return true
			}
		}
		if s.err != nil {
			s.start, s.end = 0, 0
			return false
		}
		if s.start > 0 && (s.end == len(s.buf) || s.start > len(s.buf)/2) {
			copy(s.buf, s.buf[s.start:s.end])
			s.end -= s.start
			s.start = 0
		}
		if s.end == len(s.buf) {
			if len(s.buf) >= s.max {
				s.setErr(ErrTooLong)
				return false
			}
			n := len(s.buf) * 2
			if n == 0 {
				n = defaultBufSize
			}
			n = min(n, s.max)
			nb := make([]byte, n)
			copy(nb, s.buf[s.start:s.end])
			s.buf = nb
			s.end -= s.start
			s.start = 0
		}
		for loop := 0; ; {
			n, err := s.r.Read(s.buf[s.end:len(s.buf)])
			if n < 0 || len(s.buf)-s.end < n {
				s.setErr(ErrBadReadCount)
				break
			}
			s.end += n
			if err != nil {
				s.setErr(err)
				break
			}
			if n > 0 {
				s.empties = 0
				break
			}
			if loop++; loop > maxEmptyReads {
				s.setErr(io.ErrNoProgress)
				break
			}
		}
	}
}

func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[0:1], nil
}

func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[0:1], nil
	}
	_, w := utf8.DecodeRune(data)
	if w > 1 {
		return w, data[0:w], nil
	}
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil
	}
	return 1, []byte(string(utf8.RuneError)), nil
}

func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		return i + 1, dropCR(data[0:i]), nil
	}
	if atEOF {
		return len(data), dropCR(data), nil
	}
	return 0, nil, nil
}

func dropCR(data []byte) []byte {
	if len(data) > 0 && data[len(data)-1] == '\r' {
		return data[0 : len(data)-1]
	}
	return data
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', '\u0085', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000':
		return true
	}
	return '\u2000' <= r && r <= '\u200a'
}

func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for width := 0; start < len(data); start += width {
		var r rune
		r, width = utf8.DecodeRune(data[start:])
		if !isSpace(r) {
			break
		}
	}
	for width, i := 0, start; i < len(data); i += width {
		var r rune
		r, width = utf8.DecodeRune(data[i:])
		if isSpace(r) {
			return i + width, data[start:i], nil
		}
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}

// A Writer keeps up to size bytes in buf before writing them to w.
type Writer struct {
	err  error
	buf  []byte
	size int
	w    io.Writer
}

func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, defaultBufSize) }

func NewWriterSize(w io.Writer, size int) *Writer {
	if b, ok := w.(*Writer); ok && b.size >= size {
		return b
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{size: size, w: w}
}

func (b *Writer) Size() int { return b.size }

func (b *Writer) Buffered() int { return len(b.buf) }

func (b *Writer) Available() int { return b.size - len(b.buf) }

func (b *Writer) Reset(w io.Writer) {
	b.err = nil
	b.buf = b.buf[:0]
	b.w = w
}

func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if len(b.buf) == 0 {
		return nil
	}
	n, err := b.w.Write(b.buf)
	if n < len(b.buf) && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		if n > 0 && n < len(b.buf) {
			b.buf = append(b.buf[:0], b.buf[n:]...)
		}
		b.err = err
		return err
	}
	b.buf = b.buf[:0]
	return nil
}

// fill copies as much of p as fits into the buffer.
func (b *Writer) fill(p string) int {
	n := min(len(p), b.Available())
	b.buf = append(b.buf, p[:n]...)
	return n
}

func (b *Writer) Write(p []byte) (nn int, err error) {
	for len(p) > b.Available() && b.err == nil {
		var n int
		if len(b.buf) == 0 {
			n, b.err = b.w.Write(p)
		} else {
			n = b.fill(string(p))
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	return nn + b.fill(string(p)), nil
}

func (b *Writer) WriteString(s string) (int, error) {
	sw, isSW := b.w.(io.StringWriter)
	nn := 0
	for len(s) > b.Available() && b.err == nil {
		var n int
		if len(b.buf) == 0 && isSW {
			n, b.err = sw.WriteString(s)
		} else {
			n = b.fill(s)
			b.Flush()
		}
		nn += n
		s = s[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	return nn + b.fill(s), nil
}

func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.Available() <= 0 && b.Flush() != nil {
		return b.err
	}
	b.buf = append(b.buf, c)
	return nil
}

func (b *Writer) WriteRune(r rune) (size int, err error) {
	if uint32(r) < utf8.RuneSelf {
		err = b.WriteByte(byte(r))
		if err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err != nil {
		return 0, b.err
	}
	s := string(r)
	if b.Available() < utf8.UTFMax {
		if b.Flush(); b.err != nil {
			return 0, b.err
		}
		if b.Available() < utf8.UTFMax {
			return b.WriteString(s)
		}
	}
	return b.fill(s), nil
}

// A Reader holds buf[r:w] unread from rd.
type Reader struct {
	buf  []byte
	rd   io.Reader
	r, w int
	err  error
}

func NewReader(rd io.Reader) *Reader { return NewReaderSize(rd, defaultBufSize) }

func NewReaderSize(rd io.Reader, size int) *Reader {
	if b, ok := rd.(*Reader); ok && len(b.buf) >= size {
		return b
	}
	return &Reader{buf: make([]byte, max(size, 16)), rd: rd}
}

func (b *Reader) Size() int { return len(b.buf) }

func (b *Reader) Buffered() int { return b.w - b.r }

func (b *Reader) fill() {
	if b.r > 0 {
		copy(b.buf, b.buf[b.r:b.w])
		b.w -= b.r
		b.r = 0
	}
	for i := maxEmptyReads; i > 0; i-- {
		n, err := b.rd.Read(b.buf[b.w:])
		if n < 0 {
			panic(errors.New("bufio: reader returned negative count from Read"))
		}
		b.w += n
		if err != nil {
			b.err = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.err = io.ErrNoProgress
}

// Peek returns the next n bytes without advancing, filling the buffer as Go's does.
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	for b.w-b.r < n && b.w-b.r < len(b.buf) && b.err == nil {
		b.fill()
	}
	if n > len(b.buf) {
		return b.buf[b.r:b.w], ErrBufferFull
	}
	var err error
	if have := b.w - b.r; have < n {
		n = have
		if err = b.readErr(); err == nil {
			err = ErrBufferFull
		}
	}
	return b.buf[b.r : b.r+n], err
}

// WriteTo and ReadFrom are how Go's io.Copy moves data through a bufio type; their
// buffering is not modelled, so io.Copy with one stops with a refusal.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	unsupported("bufio.Reader.WriteTo (or io.Copy from a bufio.Reader)")
	return 0, nil
}

func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	unsupported("bufio.Writer.ReadFrom (or io.Copy into a bufio.Writer)")
	return 0, nil
}

// unsupported stops the program with "not supported here: what".
func unsupported(what string)

func (b *Reader) readErr() error {
	err := b.err
	b.err = nil
	return err
}

func (b *Reader) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.readErr()
	}
	if b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		if len(p) >= len(b.buf) {
			n, b.err = b.rd.Read(p)
			return n, b.readErr()
		}
		b.r, b.w = 0, 0
		n, b.err = b.rd.Read(b.buf)
		if n == 0 {
			return 0, b.readErr()
		}
		b.w += n
	}
	n = copy(p, b.buf[b.r:b.w])
	b.r += n
	return n, nil
}

func (b *Reader) ReadByte() (byte, error) {
	for b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		b.fill()
	}
	c := b.buf[b.r]
	b.r++
	return c, nil
}

func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.r+utf8.UTFMax > b.w && !utf8.FullRune(b.buf[b.r:b.w]) && b.err == nil && b.w-b.r < len(b.buf) {
		b.fill()
	}
	if b.r == b.w {
		return 0, 0, b.readErr()
	}
	r, size = utf8.DecodeRune(b.buf[b.r:b.w])
	b.r += size
	return r, size, nil
}

func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	s := 0
	for {
		if i := bytes.IndexByte(b.buf[b.r+s:b.w], delim); i >= 0 {
			i += s
			line = b.buf[b.r : b.r+i+1]
			b.r += i + 1
			return line, nil
		}
		if b.err != nil {
			line = b.buf[b.r:b.w]
			b.r = b.w
			return line, b.readErr()
		}
		if b.Buffered() >= len(b.buf) {
			b.r = b.w
			return b.buf, ErrBufferFull
		}
		s = b.w - b.r
		b.fill()
	}
}

func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	out := []byte{}
	for {
		frag, err := b.ReadSlice(delim)
		out = append(out, frag...)
		if err != ErrBufferFull {
			return out, err
		}
	}
}

func (b *Reader) ReadString(delim byte) (string, error) {
	s, err := b.ReadBytes(delim)
	return string(s), err
}
