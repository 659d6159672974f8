// gosim: refused 9:7: not supported here: log.Lshortfile
// The file and line flags need the caller's position, which the engine's log leaves out.
package main

import "log"

func main() {
	log.SetFlags(log.LstdFlags |
		log.Lshortfile)
	log.Println("where am I?")
}
