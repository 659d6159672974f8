package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup

	stopLog := context.AfterFunc(ctx, func() { fmt.Println("flush the log") })
	wg.Add(1)
	stopConn := context.AfterFunc(ctx, func() {
		defer wg.Done()
		fmt.Println("close the connection")
	})

	fmt.Println("stop the log func:", stopLog())
	cancel()
	wg.Wait()
	fmt.Println("stop the conn func:", stopConn())
}
