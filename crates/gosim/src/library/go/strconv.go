package strconv

import (
	"errors"
	"unicode/utf8"
)

const IntSize = 64

var ErrSyntax = errors.New("invalid syntax")

var ErrRange = errors.New("value out of range")

type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func Itoa(i int) string

func Quote(s string) string

func formatInt(i int64, base int) string

func FormatInt(i int64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	return formatInt(i, base)
}

// The parse natives return the value, a code (0 ok, 1 syntax, 2 range, 3 invalid base
// n, 4 invalid bit size n) and that n.
func parseInt(s string, base int, bits int) (int64, int, int)

func parseUint(s string, base int, bits int) (uint64, int, int)

func numError(fn, s string, code, n int) error {
	switch code {
	case 1:
		return &NumError{fn, s, ErrSyntax}
	case 2:
		return &NumError{fn, s, ErrRange}
	case 3:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(n))}
	case 4:
		return &NumError{fn, s, errors.New("invalid bit size " + Itoa(n))}
	}
	return nil
}

func ParseInt(s string, base int, bitSize int) (int64, error) {
	v, code, n := parseInt(s, base, bitSize)
	return v, numError("ParseInt", s, code, n)
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, code, n := parseUint(s, base, bitSize)
	return v, numError("ParseUint", s, code, n)
}

func Atoi(s string) (int, error) {
	v, code, n := parseInt(s, 10, 0)
	if code == 1 {
		return 0, numError("Atoi", s, code, n)
	}
	return int(v), numError("Atoi", s, code, n)
}

func parseFloat(s string, bitSize int) (float64, int)

// ParseFloat returns the nearest float64 (or, with bitSize 32, float32) value; an
// out-of-range text gives ±Inf and an error.
func ParseFloat(s string, bitSize int) (float64, error) {
	v, code := parseFloat(s, bitSize)
	if code == 1 {
		return 0, &NumError{"ParseFloat", s, ErrSyntax}
	}
	if code == 2 {
		return v, &NumError{"ParseFloat", s, ErrRange}
	}
	return v, nil
}

func FormatFloat(f float64, fmt byte, prec, bitSize int) string

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "TRUE", "true", "True":
		return true, nil
	case "0", "f", "F", "FALSE", "false", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func formatUint(i uint64, base int) string

func FormatUint(i uint64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	return formatUint(i, base)
}

func AppendInt(dst []byte, i int64, base int) []byte { return append(dst, FormatInt(i, base)...) }

func AppendUint(dst []byte, i uint64, base int) []byte { return append(dst, FormatUint(i, base)...) }

func AppendBool(dst []byte, b bool) []byte { return append(dst, FormatBool(b)...) }

func AppendQuote(dst []byte, s string) []byte { return append(dst, Quote(s)...) }

func AppendQuoteRune(dst []byte, r rune) []byte { return append(dst, QuoteRune(r)...) }

func QuoteToASCII(s string) string

func QuoteRune(r rune) string

func QuoteRuneToASCII(r rune) string

func CanBackquote(s string) bool

func IsPrint(r rune) bool

// UnquoteChar decodes the first character or escape of s, a string literal's body
// quoted by quote: its value, whether it must be written as UTF-8 (a \u or \U
// escape, a multi-byte character), and the rest of s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	c := s[0]
	if c == quote && (quote == '\'' || quote == '"') {
		return 0, false, "", ErrSyntax
	}
	if c >= utf8.RuneSelf {
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	}
	if c != '\\' {
		return rune(c), false, s[1:], nil
	}
	if len(s) <= 1 {
		return 0, false, "", ErrSyntax
	}
	c = s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 2
		if c == 'u' {
			n = 4
		} else if c == 'U' {
			n = 8
		}
		if len(s) < n {
			return 0, false, "", ErrSyntax
		}
		var v rune
		for j := 0; j < n; j++ {
			d, ok := hexDigit(s[j])
			if !ok {
				return 0, false, "", ErrSyntax
			}
			v = v<<4 | d
		}
		s = s[n:]
		if c == 'x' {
			value = v
			break
		}
		if !utf8.ValidRune(v) {
			return 0, false, "", ErrSyntax
		}
		value = v
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			return 0, false, "", ErrSyntax
		}
		for j := 0; j < 2; j++ {
			d := rune(s[j]) - '0'
			if d < 0 || d > 7 {
				return 0, false, "", ErrSyntax
			}
			v = v<<3 | d
		}
		s = s[2:]
		if v > 255 {
			return 0, false, "", ErrSyntax
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			return 0, false, "", ErrSyntax
		}
		value = rune(c)
	default:
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, s, nil
}

func hexDigit(c byte) (rune, bool) {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0'), true
	case 'a' <= c && c <= 'f':
		return rune(c - 'a' + 10), true
	case 'A' <= c && c <= 'F':
		return rune(c - 'A' + 10), true
	}
	return 0, false
}

// Unquote reads s as a Go string, rune or raw string literal and returns the
// value it denotes (a rune literal's as a string); anything else is ErrSyntax.
func Unquote(s string) (string, error) {
	n := len(s)
	if n < 2 {
		return "", ErrSyntax
	}
	quote := s[0]
	if quote != s[n-1] {
		return "", ErrSyntax
	}
	body := s[1 : n-1]
	if quote == '`' {
		for i := 0; i < len(body); i++ {
			if body[i] == '`' {
				return "", ErrSyntax
			}
		}
		// A raw literal's carriage returns are dropped, as the compiler drops them.
		out := make([]byte, 0, len(body))
		for i := 0; i < len(body); i++ {
			if body[i] != '\r' {
				out = append(out, body[i])
			}
		}
		return string(out), nil
	}
	if quote != '"' && quote != '\'' {
		return "", ErrSyntax
	}
	in := s[1:]
	var buf []byte
	for len(in) > 0 && in[0] != quote {
		r, multibyte, rem, err := UnquoteChar(in, quote)
		if in[0] == '\n' || err != nil {
			return "", ErrSyntax
		}
		in = rem
		if r < utf8.RuneSelf || !multibyte {
			buf = append(buf, byte(r))
		} else {
			buf = utf8.AppendRune(buf, r)
		}
		if quote == '\'' {
			break
		}
	}
	if len(in) != 1 || in[0] != quote {
		return "", ErrSyntax
	}
	return string(buf), nil
}
