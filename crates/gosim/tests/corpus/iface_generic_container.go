package main

import "fmt"

type Stack struct{ items []any }

func (s *Stack) Push(v any) { s.items = append(s.items, v) }
func (s *Stack) Pop() (any, bool) {
	if len(s.items) == 0 {
		return nil, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func main() {
	var s Stack
	s.Push(1)
	s.Push("two")
	s.Push([]int{3})
	s.Push(nil)
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		switch x := v.(type) {
		case int:
			fmt.Println("int", x+1)
		case string:
			fmt.Println("string", x+"!")
		case []int:
			fmt.Println("slice", append(x, 4))
		default:
			fmt.Println("other", x)
		}
	}
	s.Push(2.5)
	v, _ := s.Pop()
	n := v.(int)
	fmt.Println(n)
}
