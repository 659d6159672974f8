// gosim: refused 15:14: not supported here: reflect's PkgPath for a type of package rand (more than one library package has that name)
// The engine's type table keeps a type's package name, not its path: math/rand and
// math/rand/v2 are both `rand`, so PkgPath cannot tell which and refuses.
package main

import (
	"fmt"
	"math/rand"
	"reflect"
)

func main() {
	t := reflect.TypeOf(rand.New(rand.NewSource(1))).Elem()
	fmt.Println(t.Name())
	fmt.Println(t.PkgPath())
}
