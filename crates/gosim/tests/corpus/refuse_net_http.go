// gosim: refused 6:2: not supported here: package net/http
package main

import (
	"fmt"
	"net/http"
)

// A standard package the engine's library lacks is refused by its path.
func main() {
	fmt.Println(http.StatusOK, http.StatusText(http.StatusNotFound))
}
