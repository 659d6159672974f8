// gosim: compile-error
// A type switch that names the same type in two clauses: the second can never run.
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func describe(v any) string {
	switch t := v.(type) {
	case int, Celsius:
		return fmt.Sprint("number ", t)
	case string:
		return "text " + t
	case Celsius:
		return "temperature " + t.String()
	}
	return "unknown"
}

func main() {
	fmt.Println(describe(Celsius(21.5)))
	fmt.Println(describe("hi"))
}
