// json writes a map's keys sorted by their bytes as the program holds them, invalid UTF-8
// included (each bad byte is then written as U+FFFD): "z\ufffd" comes before "z\xff".
package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	m := map[string]int{"\xff": 1, "\uffff": 2, "\ufffd": 3, "a": 4, "\xfe\xff": 5, "z\xff": 7, "z\ufffd": 8}
	b, err := json.Marshal(m)
	fmt.Println(string(b), err)
}
