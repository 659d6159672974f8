package main

// A type switch over every kind of case: concrete types, a list of types (the
// variable keeps the interface type), a named float, interfaces (error, Named,
// Stringer, Shape: the first that matches wins), a slice, a func, nil, default; and
// nil pointers with pointer-receiver methods, which match their interface.

import (
	"errors"
	"fmt"
)

type Temp float64

type Named interface{ Name() string }

type User struct{ First, Last string }

func (u User) Name() string { return u.First + " " + u.Last }

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }
type Ci struct{ r float64 }

func (q Sq) Area() float64  { return q.s * q.s }
func (q Sq) String() string { return fmt.Sprintf("Sq(%g)", q.s) }
func (c *Ci) Area() float64 {
	if c == nil {
		return 0
	}
	return 3 * c.r * c.r
}

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d (doubled %d)", x, x*2)
	case int8, int16, int64:
		return fmt.Sprintf("small int %v of type %T", x, x)
	case string:
		return fmt.Sprintf("string of length %d", len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case Temp:
		return fmt.Sprintf("temperature %.1f", float64(x))
	case float64:
		return fmt.Sprintf("float %g", x)
	case error:
		return "error: " + x.Error()
	case Named:
		return "named " + x.Name()
	case fmt.Stringer:
		return "stringer " + x.String()
	case Shape:
		return fmt.Sprintf("shape %T %.1f", x, x.Area())
	case []int:
		return fmt.Sprintf("slice with %d ints", len(x))
	case func() int:
		return fmt.Sprintf("func returning %d", x())
	default:
		return fmt.Sprintf("something else: %T", x)
	}
}

func main() {
	var nilShape Shape
	var nilCi *Ci
	values := []any{
		42, int8(-3), int16(300), int64(2), "héllo", true, false, Temp(21.55), 2.5,
		errors.New("bad"), User{"Ada", "Lovelace"}, []int{1, 2, 3},
		func() int { return 9 }, nil, map[string]int{"a": 1}, uint(5), &User{"Bo", "Peep"},
		Sq{2}, &Ci{1}, Ci{1}, nilShape, nilCi,
	}
	for i, v := range values {
		fmt.Printf("%2d: %s\n", i, classify(v))
	}
}
