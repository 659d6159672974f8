package main

import (
	"fmt"
	"sync"
)

// The Mutex is embedded, so Lock and Unlock are promoted onto Account.
type Account struct {
	sync.Mutex
	owner   string
	balance int
}

func main() {
	acc := &Account{owner: "ana", balance: 10}
	acc.Lock()
	acc.balance += 5
	acc.Unlock()

	// A mutex is not tied to a goroutine: main locks it and a worker unlocks it.
	acc.Lock()
	done := make(chan bool)
	go func() {
		acc.balance *= 2
		fmt.Println("worker doubled to", acc.balance)
		acc.Unlock()
		done <- true
	}()
	acc.Lock() // waits until the worker unlocks
	acc.balance -= 1
	fmt.Printf("%s has %d\n", acc.owner, acc.balance)
	acc.Unlock()
	<-done
	fmt.Println("can lock again:", acc.TryLock())
}
