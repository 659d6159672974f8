// reflect's PkgPath is the package's import path, not its name: sync/atomic, not atomic.
package main

import (
	"container/list"
	"fmt"
	"reflect"
	"sync"
	"sync/atomic"
	"time"
)

type local struct {
	hidden int
	Shown  int
}

func main() {
	fmt.Println(reflect.TypeOf(atomic.Int64{}).PkgPath())
	fmt.Println(reflect.TypeOf(sync.Mutex{}).PkgPath())
	fmt.Println(reflect.TypeOf(list.List{}).PkgPath())
	fmt.Println(reflect.TypeOf(time.Duration(0)).PkgPath())
	fmt.Println(reflect.TypeOf(local{}).PkgPath())
	fmt.Printf("%q\n", reflect.TypeOf(0).PkgPath())
	f, _ := reflect.TypeOf(local{}).FieldByName("hidden")
	fmt.Println(f.PkgPath, f.IsExported())
	g, _ := reflect.TypeOf(local{}).FieldByName("Shown")
	fmt.Printf("%q %v\n", g.PkgPath, g.IsExported())
}
