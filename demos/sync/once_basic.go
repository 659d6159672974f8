// Three handlers need the configuration; whichever calls once.Do first loads
// it, and the others wait until it is loaded.
package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
)

func loadConfig() {
	fmt.Println("loading config")
	config = map[string]string{"port": "8080"}
}

func main() {
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Go(func() {
			once.Do(loadConfig)
			fmt.Println("handler", id, "uses port", config["port"])
		})
	}
	wg.Wait()
}
