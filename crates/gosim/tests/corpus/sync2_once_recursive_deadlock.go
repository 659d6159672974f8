package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
)

func getConfig() map[string]string {
	once.Do(loadConfig)
	return config
}

// loadConfig calls back into getConfig while once.Do is still running:
// the inner Do waits for the outer one to finish, which never happens.
func loadConfig() {
	fmt.Println("loading config")
	config = map[string]string{"mode": "debug"}
	if getConfig()["mode"] == "debug" {
		fmt.Println("debug mode")
	}
}

func main() {
	fmt.Println("starting")
	fmt.Println(getConfig()["mode"])
}
