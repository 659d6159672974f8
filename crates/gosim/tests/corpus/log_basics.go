// gosim: faketime
package main

import (
	"fmt"
	"log"
	"os"
	"time"
)

type w struct{ n int }

func (x *w) Write(p []byte) (int, error) {
	x.n++
	fmt.Printf("write %d: %q\n", x.n, p)
	return len(p), nil
}

func main() {
	log.SetOutput(os.Stdout)
	log.Println("hello", 3, "x")
	log.Printf("v=%d", 5)
	log.Print("a", "b", 1, 2)
	time.Sleep(1500 * time.Millisecond)
	log.SetFlags(log.LstdFlags | log.Lmicroseconds)
	log.Print("micro\n")
	log.SetPrefix("[app] ")
	log.Println("prefixed")
	log.SetFlags(log.Ldate | log.Lmsgprefix)
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
