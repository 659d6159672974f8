// Package flag with the fixed os.Args = [prog]: every flag keeps its default and
// Parse finds no arguments. Parsing real arguments is refused at run time.
package flag

import (
	"os"
	"time"
)

var (
	names  []string
	parsed bool
	args   []string
)

func unsupported(what string)

func define(name string) {
	for _, n := range names {
		if n == name {
			unsupported("flag redefined: " + name)
		}
	}
	names = append(names, name)
}

// defineVar and newVar are every kind's XxxVar and Xxx: with no arguments to parse, a
// flag of any kind only records its name and takes its default.
func defineVar[T any](p *T, name string, value T) {
	define(name)
	*p = value
}

func newVar[T any](name string, value T) *T {
	p := new(T)
	defineVar(p, name, value)
	return p
}

func StringVar(p *string, name string, value string, usage string) { defineVar(p, name, value) }

func String(name string, value string, usage string) *string { return newVar(name, value) }

func IntVar(p *int, name string, value int, usage string) { defineVar(p, name, value) }

func Int(name string, value int, usage string) *int { return newVar(name, value) }

func Int64Var(p *int64, name string, value int64, usage string) { defineVar(p, name, value) }

func Int64(name string, value int64, usage string) *int64 { return newVar(name, value) }

func UintVar(p *uint, name string, value uint, usage string) { defineVar(p, name, value) }

func Uint(name string, value uint, usage string) *uint { return newVar(name, value) }

func BoolVar(p *bool, name string, value bool, usage string) { defineVar(p, name, value) }

func Bool(name string, value bool, usage string) *bool { return newVar(name, value) }

func Float64Var(p *float64, name string, value float64, usage string) { defineVar(p, name, value) }

func Float64(name string, value float64, usage string) *float64 { return newVar(name, value) }

func DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	defineVar(p, name, value)
}

func Duration(name string, value time.Duration, usage string) *time.Duration {
	return newVar(name, value)
}

func Parse() {
	if len(os.Args) > 1 {
		unsupported("flag.Parse with command-line arguments")
	}
	parsed = true
	args = os.Args[1:]
}

func Parsed() bool { return parsed }

func Args() []string { return args }

func NArg() int { return len(args) }

func Arg(i int) string {
	if i < 0 || i >= len(args) {
		return ""
	}
	return args[i]
}

func NFlag() int { return 0 }
