package main

import "fmt"

type Logger interface{ Log(string) string }
type Plain struct{}
type Prefix struct{ p string }

func (Plain) Log(s string) string   { return s }
func (x Prefix) Log(s string) string { return x.p + s }

func main() {
	var l Logger = Plain{}
	bound := l.Log // binds the current dynamic value
	viaVar := func(s string) string { return l.Log(s) } // reads l each call
	l = Prefix{"> "}
	fmt.Println(bound("one"))
	fmt.Println(viaVar("two"))
	loggers := map[string]Logger{"plain": Plain{}, "pre": Prefix{"* "}}
	for _, k := range []string{"pre", "plain", "none"} {
		if lg, ok := loggers[k]; ok {
			fmt.Println(lg.Log(k))
		} else {
			fmt.Println("no logger", k, lg == nil)
		}
	}
}
