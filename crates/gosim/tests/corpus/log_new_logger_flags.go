// gosim: refused 17:2: not supported here: log's date and time (flags Ldate, Ltime, Lmicroseconds; LstdFlags by default): Go writes the machine's clock, the engine's is virtual
// gosim: faketime
// A Logger from log.New with a time flag is refused at its first line, as the
// standard logger is; the one without (0) writes as Go's does.
package main

import (
	"log"
	"os"
)

func main() {
	plain := log.New(os.Stdout, "plain: ", 0)
	plain.Println("no date here")
	timed := log.New(os.Stdout, "timed: ", log.Ltime|log.Lmsgprefix)
	plain.Printf("flags %d", timed.Flags())
	timed.Println("at what time?")
}
