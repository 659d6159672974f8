package main

import (
	"fmt"
	"os"
	"strings"
)

// The program gets no arguments and (in the page) no environment: os.Args holds
// only the program's own name.
func main() {
	fmt.Println(len(os.Args), strings.HasSuffix(os.Args[0], "prog"))
	fmt.Printf("%q\n", os.Getenv("GOSIM_CORPUS_UNSET_VARIABLE"))
	v, ok := os.LookupEnv("GOSIM_CORPUS_UNSET_VARIABLE")
	fmt.Printf("%q %v\n", v, ok)
	if len(os.Args) > 1 {
		fmt.Println("args:", os.Args[1:])
	} else {
		fmt.Println("no arguments")
	}
}
