package main
type S struct {
	a int 5
	b [2]int
}
