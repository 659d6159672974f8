package main

// A range over an array with at most one iteration variable does not evaluate its
// operand when the array's length is a constant (no call or receive in it): a nil
// array pointer behind it does not panic. len and cap follow the same rule.

import "fmt"

func nilPtrFunc() *[4]int { return nil }

var nilPtrVar *[4]int
var pp **[4]int

func try(name string, f func()) {
	defer func() { fmt.Println(name, "panics:", recover() != nil) }()
	f()
}

func main() {
	try("len(*f())", func() { _ = len(*nilPtrFunc()) })
	try("len(f())", func() { _ = len(nilPtrFunc()) })
	try("len(*p)", func() { _ = len(*nilPtrVar) })
	try("cap(*p)", func() { _ = cap(*nilPtrVar) })
	try("range *f()", func() {
		for range *nilPtrFunc() {
		}
	})
	try("range f()", func() {
		for range nilPtrFunc() {
		}
	})
	n := 0
	try("range *p", func() {
		for range *nilPtrVar {
			n++
		}
	})
	try("range (*p) with a key", func() {
		for i := range (*nilPtrVar) {
			n += i
		}
	})
	try("range **pp", func() {
		for range **pp {
		}
	})
	var i int
	try("assign i = range *p", func() {
		for i = range *nilPtrVar {
		}
	})
	try("range *p with a blank value", func() {
		for i, _ := range *nilPtrVar {
			_ = i
		}
	})
	try("range p with a value", func() {
		for i, v := range nilPtrVar {
			_, _ = i, v
		}
	})
	fmt.Println(n, i)

	// A constant integer converted to string that is no code point is U+FFFD.
	const huge = string(1 << 100)
	const past = string(1<<32 + 'A')
	fmt.Printf("%q %q %q %q\n", huge, past, string(rune(-1)), string(rune(0xD800)))
}
