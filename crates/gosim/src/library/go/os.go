// Package os: the parts a program in the page can use. There is no file system and
// no environment: Args is the fixed [prog], Getenv finds nothing, and Stdout and
// Stderr write where the engine's stdout and stderr go.
package os

import "io"

type File struct {
	fd   int
	name string
}

var Stdin = &File{0, "/dev/stdin"}

var Stdout = &File{1, "/dev/stdout"}

var Stderr = &File{2, "/dev/stderr"}

var Args = []string{"prog"}

// write appends s to the engine's stdout (fd 1) or stderr (fd 2): a scheduling
// point, as fmt's output is.
func write(fd int, s string)

// Exit ends the program at once with status code: deferred functions do not run.
func Exit(code int)

func (f *File) Write(b []byte) (n int, err error) {
	write(f.fd, string(b))
	return len(b), nil
}

func (f *File) WriteString(s string) (n int, err error) {
	write(f.fd, s)
	return len(s), nil
}

// unsupported stops the program with "not supported here: what".
func unsupported(what string)

// Read: standard input is empty, as on the playground.
func (f *File) Read(b []byte) (n int, err error) {
	if f.fd != 0 {
		unsupported("reading " + f.name)
	}
	return 0, io.EOF
}

func (f *File) Name() string { return f.name }

// Close is there so that *File is an io.Closer, as in Go; closing the standard
// files (later writes then fail) is not modelled.
func (f *File) Close() error {
	unsupported("closing " + f.name)
	return nil
}

func Getenv(key string) string { return "" }

func LookupEnv(key string) (string, bool) { return "", false }
