package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }
type Ci struct{ r float64 }

func (q Sq) Area() float64  { return q.s * q.s }
func (c *Ci) Area() float64 {
	if c == nil {
		return 0
	}
	return 3 * c.r * c.r
}

type Stringer interface{ String() string }

func (q Sq) String() string { return fmt.Sprintf("Sq(%g)", q.s) }

func classify(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %T %v", v, v)
	case string:
		return "string of " + fmt.Sprint(len(v))
	case error:
		return "error " + v.Error()
	case Stringer:
		return "stringer " + v.String()
	case Shape:
		return fmt.Sprintf("shape %T %.1f", v, v.Area())
	case []int:
		return fmt.Sprint("slice ", len(v))
	case func() int:
		return fmt.Sprint("func ", v())
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	var nilShape Shape
	var nilCi *Ci
	for _, x := range []any{nil, 1, int64(2), "abc", errors.New("e"), Sq{2}, &Ci{1}, Ci{1},
		[]int{1, 2}, func() int { return 5 }, nilShape, nilCi, 2.5} {
		fmt.Println(classify(x))
	}
}
