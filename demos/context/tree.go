package main

import (
	"context"
	"fmt"
	"sync"
)

type key string

func watch(name string, ctx context.Context, wg *sync.WaitGroup) {
	defer wg.Done()
	<-ctx.Done()
	fmt.Println(name, "stops:", ctx.Err())
}

func main() {
	root, cancel := context.WithCancel(context.Background())
	withUser := context.WithValue(root, key("user"), "gopher")
	child, cancelChild := context.WithCancel(withUser)
	defer cancelChild()
	grandchild, cancelGrandchild := context.WithCancel(child)
	defer cancelGrandchild()

	fmt.Println(grandchild)

	var wg sync.WaitGroup
	wg.Add(3)
	go watch("root", root, &wg)
	go watch("child", child, &wg)
	go watch("grandchild", grandchild, &wg)

	cancel()
	wg.Wait()
}
