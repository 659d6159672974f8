// gosim: refused 10:12: not supported here: os.ReadFile
// A library function the engine lacks, returned as the function's results, is refused by
// name (it was once reported as a wrong count of return values).
package main

import "os"

func read() ([]byte, error) {
	// The page has no file system.
	return os.ReadFile("notes.txt")
}

func main() { read() }
