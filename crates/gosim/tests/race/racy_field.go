package main

import (
	"fmt"
	"time"
)

type account struct {
	balance int
	owner   string
}

func main() {
	a := &account{owner: "ann"}
	go func() {
		a.balance += 10
	}()
	a.balance += 5
	time.Sleep(10 * time.Millisecond)
	fmt.Println(a.owner)
}
