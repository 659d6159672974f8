package main

import "fmt"

type BankError struct {
	Account string
	Balance int
	Need    int
}

func (e BankError) Error() string {
	return fmt.Sprintf("account %s: balance %d, need %d", e.Account, e.Balance, e.Need)
}

type Account struct {
	ID      string
	Balance int
}

func (a *Account) Withdraw(n int) {
	if n > a.Balance {
		panic(BankError{a.ID, a.Balance, n})
	}
	a.Balance -= n
	fmt.Printf("%s withdrew %d, left %d\n", a.ID, n, a.Balance)
}

func main() {
	acc := &Account{"ACC-1", 100}
	acc.Withdraw(30)
	acc.Withdraw(50)
	acc.Withdraw(40)
	fmt.Println("never printed")
}
