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

func FormatInt(i int64, base int) string { return formatInt(i, base) }

func parseInt(s string, base int, bits int) (int64, int)

func ParseInt(s string, base int, bitSize int) (int64, error) {
	if bitSize == 0 {
		bitSize = 64
	}
	v, code := parseInt(s, base, bitSize)
	if code == 1 {
		return 0, &NumError{"ParseInt", s, ErrSyntax}
	}
	if code == 2 {
		return v, &NumError{"ParseInt", s, ErrRange}
	}
	return v, nil
}

func Atoi(s string) (int, error) {
	v, code := parseInt(s, 10, 64)
	if code == 1 {
		return 0, &NumError{"Atoi", s, ErrSyntax}
	}
	if code == 2 {
		return int(v), &NumError{"Atoi", s, ErrRange}
	}
	return int(v), nil
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
