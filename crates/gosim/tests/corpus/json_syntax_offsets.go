// json's SyntaxError: the offset Go 1.27 gives for each kind of error (past a whole
// character, past a bad escape as shown, a cut-short number's start) and an invalid byte
// shown as itself.
package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	inputs := []string{
		`"\x"`, `1.`, `é`, `{"a":1,}`, `[1,2`, `{"a" 1}`, `tru`, `  x`, `[1,]`, `"abc`,
		`{"a":"\u12"}`, `01`, `-`, `1e`, `{"a":1}x`, `[1 2]`, `{,}`, `"é\x"`, `[é]`, `[1,é]`,
		`nul`, `{"a":tx}`, `1.e3`, `[1.`, `{"a":-`, `[1e`, `[1e+`, `[1`, `  1.`, `1.5e`,
		`"ab`, `[tru`, `tr`, `[`, `{"a"`, `{"a":`, "\xff", "[\xff]", `"\u00zz"`, `[1.]`, `-x`,
		`[-x]`, `1.x`, `{"a":1.e}`,
	}
	for _, s := range inputs {
		var x any
		err := json.Unmarshal([]byte(s), &x)
		if se, ok := err.(*json.SyntaxError); ok {
			fmt.Printf("%-16q %2d %s\n", s, se.Offset, se)
		} else {
			fmt.Printf("%-16q -- %v\n", s, err)
		}
		fmt.Println(json.Valid([]byte(s)))
	}
}
