// Package bytes: Buffer and the common functions, most of them through strings on
// a copy (their results are fresh slices in Go too).
package bytes

import (
	"errors"
	"io"
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

func Equal(a, b []byte) bool { return string(a) == string(b) }

func Compare(a, b []byte) int { return strings.Compare(string(a), string(b)) }

func Contains(b, sub []byte) bool { return strings.Contains(string(b), string(sub)) }

func ContainsAny(b []byte, chars string) bool { return strings.ContainsAny(string(b), chars) }

func ContainsRune(b []byte, r rune) bool { return strings.ContainsRune(string(b), r) }

func Count(s, sep []byte) int { return strings.Count(string(s), string(sep)) }

func HasPrefix(s, prefix []byte) bool { return strings.HasPrefix(string(s), string(prefix)) }

func HasSuffix(s, suffix []byte) bool { return strings.HasSuffix(string(s), string(suffix)) }

func Index(s, sep []byte) int { return strings.Index(string(s), string(sep)) }

func IndexByte(b []byte, c byte) int { return strings.IndexByte(string(b), c) }

func IndexRune(s []byte, r rune) int { return strings.IndexRune(string(s), r) }

func IndexAny(s []byte, chars string) int { return strings.IndexAny(string(s), chars) }

func LastIndex(s, sep []byte) int { return strings.LastIndex(string(s), string(sep)) }

func EqualFold(s, t []byte) bool { return strings.EqualFold(string(s), string(t)) }

func ToUpper(s []byte) []byte { return []byte(strings.ToUpper(string(s))) }

func ToLower(s []byte) []byte { return []byte(strings.ToLower(string(s))) }

func ToTitle(s []byte) []byte { return []byte(strings.ToTitle(string(s))) }

func Title(s []byte) []byte { return []byte(strings.Title(string(s))) }

func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte {
	return []byte(strings.ToUpperSpecial(c, string(s)))
}

func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte {
	return []byte(strings.ToLowerSpecial(c, string(s)))
}

func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte {
	return []byte(strings.ToTitleSpecial(c, string(s)))
}

// Repeat panics as Go's bytes.Repeat does (with its own package's name) before
// strings.Repeat builds the copy.
func Repeat(b []byte, count int) []byte {
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	if len(b) > 0 && count > (1<<63-1)/len(b) {
		panic("bytes: Repeat output length overflow")
	}
	return []byte(strings.Repeat(string(b), count))
}

func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	if len(s) == 1 {
		return append([]byte(nil), s[0]...)
	}
	var b []byte
	for i, v := range s {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, v...)
	}
	return b
}

func Replace(s, old, new []byte, n int) []byte {
	if string(old) == string(new) || n == 0 || Count(s, old) == 0 {
		return append([]byte(nil), s...)
	}
	return []byte(strings.Replace(string(s), string(old), string(new), n))
}

func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

const MinRead = 512

var ErrTooLarge = errors.New("bytes.Buffer: too large")

var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

// A Buffer holds the unread bytes buf[off:]; lastRead is 1 after a byte or rune
// read (UnreadByte may follow), its width+1 after ReadRune, 0 otherwise. Its
// capacity grows by append, not by Go's rules, so Cap is not offered.
type Buffer struct {
	buf      []byte
	off      int
	lastRead int
}

func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

func (b *Buffer) Len() int { return len(b.buf) - b.off }

func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = 0
}

func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = 0
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		nb := make([]byte, len(b.buf), len(b.buf)+n)
		copy(nb, b.buf)
		b.buf = nb
	}
}

func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = 0
	b.buf = append(b.buf, p...)
	return len(p), nil
}

func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = 0
	b.buf = append(b.buf, s...)
	return len(s), nil
}

func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = 0
	b.buf = append(b.buf, c)
	return nil
}

func (b *Buffer) WriteRune(r rune) (n int, err error) {
	b.lastRead = 0
	m := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - m, nil
}

// WriteTo hands the unread bytes to w in one Write, then empties the buffer.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = 0
	if unread := b.Len(); unread > 0 {
		m, e := w.Write(b.buf[b.off:])
		if m > unread {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += m
		n = int64(m)
		if e != nil {
			return n, e
		}
		if m != unread {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

// ReadFrom reads into room Go's Buffer grows by its own rule (MinRead), which
// this Buffer's growth by append does not follow: refused, as io.Copy into one is.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	unsupported("bytes.Buffer.ReadFrom (or io.Copy into a bytes.Buffer)")
	return 0, nil
}

// unsupported stops the program with "not supported here: what".
func unsupported(what string)

func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = 0
	if b.Len() == 0 {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.lastRead = 1
	}
	return n, nil
}

func (b *Buffer) Next(n int) []byte {
	b.lastRead = 0
	if n > b.Len() {
		n = b.Len()
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.lastRead = 1
	}
	return data
}

func (b *Buffer) ReadByte() (byte, error) {
	if b.Len() == 0 {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = 1
	return c, nil
}

func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.Len() == 0 {
		b.Reset()
		return 0, 0, io.EOF
	}
	r, size = utf8.DecodeRune(b.buf[b.off:])
	b.off += size
	b.lastRead = size + 1
	return r, size, nil
}

func (b *Buffer) UnreadRune() error {
	if b.lastRead <= 1 {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	b.off -= b.lastRead - 1
	b.lastRead = 0
	return nil
}

func (b *Buffer) UnreadByte() error {
	if b.lastRead == 0 {
		return errUnreadByte
	}
	b.lastRead = 0
	if b.off > 0 {
		b.off--
	}
	return nil
}

func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	i := IndexByte(b.buf[b.off:], delim)
	end := b.off + i + 1
	if i < 0 {
		end = len(b.buf)
		err = io.EOF
	}
	line = append([]byte(nil), b.buf[b.off:end]...)
	b.off = end
	b.lastRead = 1
	return line, err
}

func (b *Buffer) ReadString(delim byte) (line string, err error) {
	s, err := b.ReadBytes(delim)
	return string(s), err
}

// As in Go, each piece is a slice of the input with its capacity cut at its end.
func Lines(s []byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for len(s) > 0 {
			n := len(s)
			if i := IndexByte(s, '\n'); i >= 0 {
				n = i + 1
			}
			line := s[:n:n]
			s = s[n:]
			if !yield(line) {
				return
			}
		}
	}
}

func splitSeq(s, sep []byte, keep int) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		if len(sep) == 0 {
			for len(s) > 0 {
				_, n := utf8.DecodeRune(s)
				if !yield(s[:n:n]) {
					return
				}
				s = s[n:]
			}
			return
		}
		for {
			i := Index(s, sep)
			if i < 0 {
				break
			}
			if !yield(s[: i+keep : i+keep]) {
				return
			}
			s = s[i+len(sep):]
		}
		yield(s[:len(s):len(s)])
	}
}

func SplitSeq(s, sep []byte) iter.Seq[[]byte] { return splitSeq(s, sep, 0) }

func SplitAfterSeq(s, sep []byte) iter.Seq[[]byte] { return splitSeq(s, sep, len(sep)) }

func FieldsSeq(s []byte) iter.Seq[[]byte] {
	return FieldsFuncSeq(s, isFieldSpace)
}

func FieldsFuncSeq(s []byte, f func(rune) bool) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		start := -1
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRune(s[i:])
			if f(r) {
				if start >= 0 {
					if !yield(s[start:i:i]) {
						return
					}
					start = -1
				}
			} else if start < 0 {
				start = i
			}
			i += n
		}
		if start >= 0 {
			yield(s[start:len(s):len(s)])
		}
	}
}

// isFieldSpace is unicode.IsSpace (the White_Space property).
func isFieldSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// A Reader reads from a byte slice (Go's fields: the slice, the read position and the
// start of the last ReadRune, -1 after any other operation).
type Reader struct {
	s        []byte
	i        int64
	prevRune int
}

func NewReader(b []byte) *Reader { return &Reader{b, 0, -1} }

func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

func (r *Reader) Size() int64 { return int64(len(r.s)) }

func (r *Reader) Reset(b []byte) { *r = Reader{b, 0, -1} }

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return n, nil
}

// ReadAt leaves the read position alone (io.ReaderAt).
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("bytes.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		return n, io.EOF
	}
	return n, nil
}

func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.i++
	return r.s[r.i-1], nil
}

func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadByte: at beginning of slice")
	}
	r.prevRune = -1
	r.i--
	return nil
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	ch, size = utf8.DecodeRune(r.s[r.i:])
	r.i += int64(size)
	return ch, size, nil
}

func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadRune: at beginning of slice")
	}
	if r.prevRune < 0 {
		return errors.New("bytes.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

// Seek moves the read position; past the end is allowed (reads then give EOF).
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var at int64
	switch whence {
	case io.SeekStart:
		at = offset
	case io.SeekCurrent:
		at = r.i + offset
	case io.SeekEnd:
		at = int64(len(r.s)) + offset
	default:
		return 0, errors.New("bytes.Reader.Seek: invalid whence")
	}
	if at < 0 {
		return 0, errors.New("bytes.Reader.Seek: negative position")
	}
	r.i = at
	return at, nil
}

// WriteTo hands the unread rest (a subslice of the Reader's slice) to one Write.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	rest := r.s[r.i:]
	m, err := w.Write(rest)
	if m > len(rest) {
		panic("bytes.Reader.WriteTo: invalid Write count")
	}
	r.i += int64(m)
	n = int64(m)
	if m != len(rest) && err == nil {
		err = io.ErrShortWrite
	}
	return n, err
}
