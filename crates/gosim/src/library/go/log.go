// Package log: Go's standard logger and Logger values. Each line is written with one
// Write: the prefix, the message, and a newline if it has none. A line whose flags ask
// for the date or time (the standard logger's LstdFlags) is refused when it is
// written: Go writes the machine's clock, the engine's is virtual (a log.Fatal that
// never runs, or a logger after SetFlags(0), is fine).
// File and line flags (Lshortfile, Llongfile) are refused by the compiler.
package log

import (
	"fmt"
	"io"
	"os"
)

// unsupported stops the program with "not supported here: what".
func unsupported(what string)

// Llongfile (8) and Lshortfile (16) are left out, so that a program naming them is
// refused; a flag word holding them anyway stops with the same refusal.
const (
	Ldate         = 1
	Ltime         = 2
	Lmicroseconds = 4
	LUTC          = 32
	Lmsgprefix    = 64
	LstdFlags     = Ldate | Ltime
)

type Logger struct {
	prefix string
	flag   int
	out    io.Writer
}

func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{prefix: prefix, flag: flag, out: out}
}

var std = New(os.Stderr, "", LstdFlags)

func Default() *Logger { return std }

func (l *Logger) SetOutput(w io.Writer) { l.out = w }

func (l *Logger) Writer() io.Writer { return l.out }

func (l *Logger) SetPrefix(prefix string) { l.prefix = prefix }

func (l *Logger) Prefix() string { return l.prefix }

func (l *Logger) SetFlags(flag int) { l.flag = flag }

func (l *Logger) Flags() int { return l.flag }

func (l *Logger) Output(calldepth int, s string) error {
	if l.flag&(8|16) != 0 {
		unsupported("log.Lshortfile and log.Llongfile")
	}
	h := ""
	if l.flag&Lmsgprefix == 0 {
		h = l.prefix
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		// Go writes the machine's date and time here; the engine's clock is virtual.
		unsupported("log's date and time (flags Ldate, Ltime, Lmicroseconds; LstdFlags by default): Go writes the machine's clock, the engine's is virtual")
	}
	if l.flag&Lmsgprefix != 0 {
		h += l.prefix
	}
	h += s
	if len(s) == 0 || s[len(s)-1] != '\n' {
		h += "\n"
	}
	_, err := l.out.Write([]byte(h))
	return err
}

func (l *Logger) Print(v ...any) { l.Output(2, fmt.Sprint(v...)) }

func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }

func (l *Logger) Println(v ...any) { l.Output(2, fmt.Sprintln(v...)) }

func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

func SetOutput(w io.Writer) { std.out = w }

func Writer() io.Writer { return std.out }

func SetPrefix(prefix string) { std.prefix = prefix }

func Prefix() string { return std.prefix }

func SetFlags(flag int) { std.flag = flag }

func Flags() int { return std.flag }

func Output(calldepth int, s string) error { return std.Output(calldepth+1, s) }

// The standard logger's functions are its methods.
func Print(v ...any) { std.Print(v...) }

func Printf(format string, v ...any) { std.Printf(format, v...) }

func Println(v ...any) { std.Println(v...) }

func Fatal(v ...any) { std.Fatal(v...) }

func Fatalf(format string, v ...any) { std.Fatalf(format, v...) }

func Fatalln(v ...any) { std.Fatalln(v...) }

func Panic(v ...any) { std.Panic(v...) }

func Panicf(format string, v ...any) { std.Panicf(format, v...) }

func Panicln(v ...any) { std.Panicln(v...) }
