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

func errorfText(format string, a []any) string

func wrapIndices(format string, a []any) []int

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

// Errorf formats like Sprintf; each %w operand that is an error is wrapped.
func Errorf(format string, a ...any) error {
	s := errorfText(format, a)
	idx := wrapIndices(format, a)
	var errs []error
	for _, i := range idx {
		if i < len(a) {
			if e, ok := a[i].(error); ok {
				errs = append(errs, e)
			}
		}
	}
	if len(idx) == 0 {
		return errors.New(s)
	}
	if len(idx) == 1 {
		w := &wrapError{msg: s}
		if len(errs) == 1 {
			w.err = errs[0]
		}
		return w
	}
	return &wrapErrors{s, errs}
}
