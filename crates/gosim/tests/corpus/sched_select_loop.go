// gosim: schedule-dependent
// A select loop over two always-ready channels: the sequence of choices is random.
package main

import (
	"fmt"
	"strings"
)

func main() {
	heads := make(chan string, 2)
	tails := make(chan string, 2)
	for i := 0; i < 2; i++ {
		heads <- "H"
		tails <- "T"
	}
	var flips []string
	for i := 0; i < 2; i++ {
		select {
		case h := <-heads:
			flips = append(flips, h)
		case t := <-tails:
			flips = append(flips, t)
		}
	}
	fmt.Println(strings.Join(flips, ""), "remaining:", len(heads)+len(tails))
}
