package main

import (
	"errors"
	"fmt"
)

type Temp float64

type Named interface{ Name() string }

type User struct{ First, Last string }

func (u User) Name() string { return u.First + " " + u.Last }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d (doubled %d)", x, x*2)
	case int8, int16:
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
	case []int:
		return fmt.Sprintf("slice with %d ints", len(x))
	case func() int:
		return fmt.Sprintf("func returning %d", x())
	default:
		return fmt.Sprintf("something else: %T", x)
	}
}

func main() {
	values := []any{
		42, int8(-3), int16(300), "héllo", true, false, Temp(21.55), 2.5,
		errors.New("bad"), User{"Ada", "Lovelace"}, []int{1, 2, 3},
		func() int { return 9 }, nil, map[string]int{"a": 1}, uint(5), &User{"Bo", "Peep"},
	}
	for i, v := range values {
		fmt.Printf("%2d: %s\n", i, classify(v))
	}
}
