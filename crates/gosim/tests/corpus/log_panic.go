// log.Panicln writes the line, then panics with it (newline and all); nobody recovers.
package main

import "log"

func main() {
	defer log.Println("deferred calls run as the panic unwinds")
	log.SetFlags(0)
	log.SetPrefix("svc: ")
	log.Panicln("cannot start:", 42)
}
