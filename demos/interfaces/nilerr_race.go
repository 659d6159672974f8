package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

// check returns whatever the validators sent first: a *MyErr, maybe nil.
func check(results chan *MyErr) error {
	p := <-results
	return p
}

func main() {
	results := make(chan *MyErr, 2)
	go func() { results <- nil }()
	go func() { results <- &MyErr{"bad input"} }()
	err := check(results)
	if err == nil {
		fmt.Println("ok")
		return
	}
	fmt.Printf("err != nil: %T, pointer is nil: %v\n", err, err.(*MyErr) == nil)
}
