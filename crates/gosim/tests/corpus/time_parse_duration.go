// time.ParseDuration: units, fractions, signs, the int64 limits and Go's error texts
// (time's own quoting, not strconv's).
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{"300ms", "-1.5h", "2h45m", "1h15m30.918273645s", "0", "+0", "", "1", "1x", ".s", "1.s", ".5s", "1µs", "1μs", "3us", "5ns", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns", "2562047h47m16.854775807s", "2562047h48m", "1.0000000000000000000000001s", "0.1h", "1d", "x1s", "1é", "1s2", "1\x01", "-", "1.5.5s"} {
		d, err := time.ParseDuration(s)
		fmt.Println(int64(d), d, err)
	}
}
