package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

var errEmpty = errors.New("empty setting")

func main() {
	reads := 0
	parsePort := sync.OnceValues(func() (int, error) {
		reads++
		return strconv.Atoi("80x")
	})
	for i := 0; i < 3; i++ {
		port, err := parsePort()
		fmt.Println(port, err)
	}
	fmt.Println("parsed", reads, "time(s)")

	loadName := sync.OnceValues(func() (string, error) {
		reads++
		return "", errEmpty
	})
	_, err := loadName()
	_, err2 := loadName()
	fmt.Println(errors.Is(err, errEmpty), err == err2, reads)

	good := sync.OnceValues(func() (string, error) { return "ok", nil })
	s, err := good()
	fmt.Println(s, err == nil)
}
