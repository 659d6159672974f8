package main

import (
	"fmt"
	"io"
	"os"
)

func report(w io.Writer, name string, n int) {
	fmt.Fprintf(w, "%s: %d items\n", name, n)
}

// Fprint* to os.Stdout and os.Stderr, and both as an io.Writer.
func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1, 2.5)
	fmt.Fprint(os.Stdout, "no newline", "\n")
	n, err := fmt.Fprintln(os.Stderr, "warning: low on widgets")
	fmt.Println("stderr bytes:", n, err)
	report(os.Stdout, "apples", 3)
	var w io.Writer = os.Stdout
	io.WriteString(w, "via io.WriteString\n")
	os.Stdout.WriteString("direct\n")
	fmt.Println(os.Stdout.Name(), os.Stderr.Name())
}
