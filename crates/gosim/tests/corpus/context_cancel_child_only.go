package main

import (
	"context"
	"fmt"
)

func main() {
	parent, cancelParent := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(parent)
	grandchild, cancelGrand := context.WithCancel(child)
	defer cancelGrand()

	cancelChild()
	<-child.Done()
	<-grandchild.Done()
	fmt.Println("parent:", parent.Err())
	fmt.Println("child:", child.Err())
	fmt.Println("grandchild:", grandchild.Err())

	select {
	case <-parent.Done():
		fmt.Println("parent done?!")
	default:
		fmt.Println("parent still running")
	}

	// A second cancel changes nothing; the first error stays.
	cancelChild()
	cancelParent()
	cancelParent()
	fmt.Println("parent:", parent.Err(), "child:", child.Err())

	// A child made from a canceled parent is canceled at once.
	late, cancelLate := context.WithCancel(parent)
	defer cancelLate()
	fmt.Println("late:", late.Err())
}
