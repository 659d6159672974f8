// gosim: refused 19:2: not supported here: time.Time.String of a time read from the wall clock (time.Now): Go shows the machine's date and time, the engine's clock is virtual
// gosim: faketime
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	parent, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	child, cancelChild := context.WithTimeout(parent, time.Hour)
	defer cancelChild()
	pd, _ := parent.Deadline()
	cd, ok := child.Deadline()
	fmt.Println(pd.Equal(cd), ok)
	fmt.Println(child)

	// An earlier child deadline is the child's own.
	early, cancelEarly := context.WithTimeout(parent, 100*time.Millisecond)
	defer cancelEarly()
	ed, _ := early.Deadline()
	fmt.Println(ed.Before(pd), pd.Sub(ed))
	fmt.Println(early)

	<-early.Done()
	fmt.Println("early:", early.Err(), "parent:", parent.Err())
	<-child.Done()
	fmt.Println("child:", child.Err(), "parent:", parent.Err())
}
