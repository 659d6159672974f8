// The log package with flags that print no date or time (those are refused:
// log_default_flags.go): prefixes, Lmsgprefix, one Write per line, Panic, Fatal.
package main

import (
	"fmt"
	"log"
	"os"
)

type w struct{ n int }

func (x *w) Write(p []byte) (int, error) {
	x.n++
	fmt.Printf("write %d: %q\n", x.n, p)
	return len(p), nil
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println("hello", 3, "x")
	log.Printf("v=%d", 5)
	log.Print("a", "b", 1, 2)
	log.Print("micro\n")
	log.SetPrefix("[app] ")
	log.Println("prefixed")
	log.SetFlags(log.Lmsgprefix)
	log.Println("msgprefix")
	fmt.Println(log.Flags(), log.Prefix() == "[app] ")
	x := &w{}
	l := log.New(x, "L: ", 0)
	l.Printf("no flags %v", []int{1, 2})
	l.Println()
	fmt.Println(l.Writer() == x, log.Default() != nil)
	defer fmt.Println("deferred")
	func() {
		defer func() { fmt.Printf("recovered %q\n", recover()) }()
		l.Panicf("bad %d", 7)
	}()
	log.SetOutput(os.Stderr)
	log.Fatalln("fatal", 1)
}
