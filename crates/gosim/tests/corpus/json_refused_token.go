// gosim: refused 12:16: not supported here: encoding/json.Decoder.Token
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

func main() {
	dec := json.NewDecoder(strings.NewReader(`[1]`))
	t, err := dec.Token()
	fmt.Println(t, err)
}
