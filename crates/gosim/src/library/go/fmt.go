package fmt

import (
	"errors"
	"io"
)

type Stringer interface {
	String() string
}

func Sprintf(format string, a ...any) string

func Sprint(a ...any) string

func Sprintln(a ...any) string

func write(s string)

// errorf formats like Sprintf, with %w of an error operand printed as %v; wrapped is
// the operand index of each %w, in increasing order.
func errorf(format string, a []any) (s string, wrapped []int)

func Print(a ...any) (n int, err error) {
	s := Sprint(a...)
	write(s)
	return len(s), nil
}

func Println(a ...any) (n int, err error) {
	s := Sprintln(a...)
	write(s)
	return len(s), nil
}

func Printf(format string, a ...any) (n int, err error) {
	s := Sprintf(format, a...)
	write(s)
	return len(s), nil
}

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }

// Errorf formats like Sprintf; each %w operand that is an error is wrapped (an
// operand named by two %w verbs, once).
func Errorf(format string, a ...any) error {
	s, wrapped := errorf(format, a)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	var errs []error
	for i, n := range wrapped {
		if i > 0 && wrapped[i-1] == n {
			continue
		}
		if e, ok := a[n].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

// Scan and Scanln read standard input, which is empty here as on the playground: with
// no operands they read nothing and succeed; otherwise the first operand meets the end
// of input. Operands Go scans through reflect or a Scanner method are refused.
func Scan(a ...any) (n int, err error) { return scanEOF(a) }

func Scanln(a ...any) (n int, err error) { return scanEOF(a) }

func scanEOF(a []any) (int, error) {
	if len(a) == 0 {
		return 0, nil
	}
	switch a[0].(type) {
	case *bool, *int, *int8, *int16, *int32, *int64, *uint, *uint8, *uint16, *uint32, *uint64, *uintptr, *float32, *float64, *string, *[]byte:
		return 0, io.EOF
	}
	unsupported("fmt.Scan into a " + Sprintf("%T", a[0]))
	return 0, nil
}

func unsupported(what string)
