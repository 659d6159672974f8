package main

import "fmt"

type Op interface{ Apply(int) int }
type Add int
type Mul int

func (a Add) Apply(n int) int { return n + int(a) }
func (m Mul) Apply(n int) int { return n * int(m) }

func run(ops []Op, n int) int {
	for _, op := range ops {
		switch op.(type) {
		case Add, Mul:
			n = op.Apply(n)
		}
	}
	return n
}

func main() {
	ops := []Op{Add(2), Mul(3), Add(-1)}
	fmt.Println(run(ops, 1))
	a := ops[0].(Add)
	fmt.Println(a)
	m := ops[1].(Add)
	fmt.Println("never", m)
}
