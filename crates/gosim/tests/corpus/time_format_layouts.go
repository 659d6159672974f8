// gosim: refused 12:2: not supported here: time.Time.String of a time read from the wall clock (time.Now): Go shows the machine's date and time, the engine's clock is virtual
// gosim: faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	now := time.Now()
	fmt.Println("now:", now)
	layouts := []struct {
		name, layout string
	}{
		{"RFC3339", time.RFC3339},
		{"RFC3339Nano", time.RFC3339Nano},
		{"Kitchen", time.Kitchen},
		{"DateTime", time.DateTime},
		{"DateOnly", time.DateOnly},
		{"TimeOnly", time.TimeOnly},
		{"ANSIC", time.ANSIC},
		{"UnixDate", time.UnixDate},
		{"RubyDate", time.RubyDate},
		{"RFC822", time.RFC822},
		{"RFC822Z", time.RFC822Z},
		{"RFC850", time.RFC850},
		{"RFC1123", time.RFC1123},
		{"RFC1123Z", time.RFC1123Z},
		{"Stamp", time.Stamp},
		{"StampMilli", time.StampMilli},
		{"StampMicro", time.StampMicro},
		{"StampNano", time.StampNano},
		{"Layout", time.Layout},
	}
	later := now.Add(3*time.Hour + 25*time.Minute + 7*time.Second + 123456789)
	for _, l := range layouts {
		fmt.Printf("%-12s %s\n", l.name, later.Format(l.layout))
	}
}
