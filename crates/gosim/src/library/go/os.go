// Package os: the parts a program in the page can use. There is no file system and
// no environment: Args is the fixed [prog], Getenv finds nothing (and refuses the
// variables every process has), and Stdout and
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

// The engine runs the program with no environment: a variable of the program's
// own is unset, as in a fresh run, but one a shell or Go's toolchain sets for every
// process (PATH, HOME, GOROOT, ...) would be found by Go, so reading it is refused.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

func LookupEnv(key string) (string, bool) {
	if setForEveryProcess(key) {
		unsupported("reading the environment variable " + key + " (the engine runs with no environment)")
	}
	return "", false
}

func setForEveryProcess(key string) bool {
	switch key {
	case "PATH", "HOME", "USER", "LOGNAME", "SHELL", "PWD", "OLDPWD", "TERM", "LANG",
		"LANGUAGE", "TMPDIR", "TEMP", "TMP", "HOSTNAME", "DISPLAY", "EDITOR", "TZ",
		"MAIL", "SHLVL", "COLORTERM", "PAGER", "_",
		// What Go's toolchain and runtime read, which a Go user often has set.
		"GOROOT", "GOPATH", "GOBIN", "GOOS", "GOARCH", "GOAMD64", "GOCACHE", "GOENV",
		"GOFLAGS", "GOMODCACHE", "GOPROXY", "GOPRIVATE", "GONOPROXY", "GONOSUMDB",
		"GOSUMDB", "GOINSECURE", "GOTOOLCHAIN", "GOTMPDIR", "GOWORK", "GOVCS",
		"GOEXPERIMENT", "GOMAXPROCS", "GOGC", "GOMEMLIMIT", "GODEBUG", "GOTRACEBACK":
		return true
	}
	for _, prefix := range []string{"CGO_", "LC_", "XDG_", "SSH_", "TERM_"} {
		if len(key) >= len(prefix) && key[:len(prefix)] == prefix {
			return true
		}
	}
	return false
}
