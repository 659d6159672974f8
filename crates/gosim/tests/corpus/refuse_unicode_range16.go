// gosim: refused 11:26: not supported here: unicode.RangeTable.R16
package main

import (
	"fmt"
	"unicode"
)

// A range table's Range16 entries are not kept: reading them is refused by name.
func main() {
	fmt.Println(unicode.Han.R16[0].Lo)
}
