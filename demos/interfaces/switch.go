package main

import "fmt"

type Named interface{ Name() string }

type Dot struct{}

func (Dot) Name() string { return "dot" }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nothing"
	case int:
		return fmt.Sprint("int ", x)
	case Named:
		return "named " + x.Name()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []any{42, Dot{}, "hi", nil, Dot{}} {
		fmt.Println(describe(v))
	}
}
