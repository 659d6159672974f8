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

func StringVar(p *string, name string, value string, usage string) {
	define(name)
	*p = value
}

func String(name string, value string, usage string) *string {
	p := new(string)
	StringVar(p, name, value, usage)
	return p
}

func IntVar(p *int, name string, value int, usage string) {
	define(name)
	*p = value
}

func Int(name string, value int, usage string) *int {
	p := new(int)
	IntVar(p, name, value, usage)
	return p
}

func Int64Var(p *int64, name string, value int64, usage string) {
	define(name)
	*p = value
}

func Int64(name string, value int64, usage string) *int64 {
	p := new(int64)
	Int64Var(p, name, value, usage)
	return p
}

func UintVar(p *uint, name string, value uint, usage string) {
	define(name)
	*p = value
}

func Uint(name string, value uint, usage string) *uint {
	p := new(uint)
	UintVar(p, name, value, usage)
	return p
}

func BoolVar(p *bool, name string, value bool, usage string) {
	define(name)
	*p = value
}

func Bool(name string, value bool, usage string) *bool {
	p := new(bool)
	BoolVar(p, name, value, usage)
	return p
}

func Float64Var(p *float64, name string, value float64, usage string) {
	define(name)
	*p = value
}

func Float64(name string, value float64, usage string) *float64 {
	p := new(float64)
	Float64Var(p, name, value, usage)
	return p
}

func DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	define(name)
	*p = value
}

func Duration(name string, value time.Duration, usage string) *time.Duration {
	p := new(time.Duration)
	DurationVar(p, name, value, usage)
	return p
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
