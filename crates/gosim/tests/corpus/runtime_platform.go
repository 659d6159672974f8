package main

import (
	"fmt"
	"runtime"
)

const onLinux = runtime.GOOS == "linux"

func main() {
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.Compiler)
	fmt.Println(runtime.Version())
	fmt.Printf("%T %v\n", runtime.GOOS, onLinux)
	switch runtime.GOOS {
	case "windows":
		fmt.Println("backslashes")
	default:
		fmt.Println("slashes")
	}
}
