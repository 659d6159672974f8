// gosim: refused 23:2: not supported here: log's date and time (flags Ldate, Ltime, Lmicroseconds; LstdFlags by default): Go writes the machine's clock, the engine's is virtual
// The standard logger's LstdFlags write the machine's date and time, which the
// engine's virtual clock cannot give: the first line written with them is refused,
// after what the program printed before; a log.Fatal that never runs is fine.
package main

import (
	"errors"
	"fmt"
	"log"
)

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

func main() {
	check(nil)
	fmt.Println("starting")
	log.SetPrefix("app: ")
	log.Println("started", errors.New("no error"))
}
