package main

import "fmt"

type Walker interface{ Walk() string }
type Swimmer interface{ Swim() string }

type Duck struct{ name string }

func (d Duck) Walk() string { return d.name + " waddles" }
func (d Duck) Swim() string { return d.name + " paddles" }

type Cat struct{}

func (Cat) Walk() string { return "cat prowls" }

func main() {
	var x any = "text"
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	n, ok := x.(int)
	fmt.Println(n, ok)
	f, ok := x.(float64)
	fmt.Println(f, ok)

	animals := []Walker{Duck{"donald"}, Cat{}, Duck{"daisy"}}
	for _, a := range animals {
		fmt.Println(a.Walk())
		if sw, ok := a.(Swimmer); ok {
			fmt.Println("  and", sw.Swim())
		} else {
			fmt.Printf("  %T cannot swim\n", a)
		}
	}

	var w Walker
	_, ok = w.(Duck)
	fmt.Println("nil interface asserts:", ok)

	var y any = 3
	if v, ok := y.(int); ok && v > 2 {
		fmt.Println("big int", v)
	}
	d := animals[0].(Duck)
	d.name = "changed"
	fmt.Println(animals[0].Walk(), "/", d.Walk())
	m := map[string]any{"age": 30, "name": "zed"}
	age, _ := m["age"].(int)
	missing, ok := m["none"].(string)
	fmt.Printf("%d %q %v\n", age, missing, ok)
}
