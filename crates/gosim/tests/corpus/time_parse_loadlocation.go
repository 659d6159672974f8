// gosim: faketime
package main

import (
	"fmt"
	"time"
)

// LoadLocation("UTC") needs no zone database: the engine has UTC, Local (UTC, as
// on the playground) and fixed zones.
func main() {
	loc, err := time.LoadLocation("UTC")
	if err != nil {
		fmt.Println(err)
		return
	}
	t := time.Date(2024, time.March, 1, 12, 0, 0, 0, loc)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Location())
}
