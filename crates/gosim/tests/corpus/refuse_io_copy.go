// gosim: refused 13:15: not supported here: io.Copy
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("copied to stdout\n")
	n, err := io.Copy(os.Stdout, r)
	fmt.Println(n, err)
}
