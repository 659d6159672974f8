// gosim: refused 13:2: not supported here: time.Time.String of a time read from the wall clock (time.Now): Go shows the machine's date and time, the engine's clock is virtual
// gosim: faketime
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	fmt.Println(start)
	d := start.Add(90 * time.Minute)
	ctx, cancel := context.WithDeadline(context.Background(), d)
	defer cancel()
	fmt.Println(ctx)
	dl, ok := ctx.Deadline()
	fmt.Println(dl, ok, dl.Equal(d))
	time.Sleep(30 * time.Minute)
	fmt.Println(ctx)
	fmt.Println(time.Until(dl))

	bg, ok := context.Background().Deadline()
	fmt.Println(bg, ok)

	t, cancelT := context.WithTimeout(ctx, 2*time.Second+500*time.Millisecond)
	defer cancelT()
	fmt.Printf("%v\n", t)
	fmt.Printf("%s\n", context.WithValue(t, "k", "v"))
}
