package strconv

import "errors"

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
