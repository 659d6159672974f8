package main

import "fmt"

var order []string

func pair() (int, string) {
	order = append(order, "pair")
	return 7, "seven"
}

func adder() func(int, string) string {
	order = append(order, "adder")
	return func(n int, s string) string { return fmt.Sprint(n, "=", s) }
}

// A package variable initialized by a call whose arguments are another call's
// results: the function operand is evaluated first, then the spread call.
var joined = adder()(pair())
var printed = fmt.Sprintln(pair())
var msg = fmt.Sprint(pair())

func main() {
	fmt.Println(joined)
	fmt.Print(printed)
	fmt.Println(msg)
	fmt.Println(order)
}
