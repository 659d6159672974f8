package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

type config struct {
	name  string
	ports []int
}

func main() {
	loads := 0
	get := sync.OnceValue(func() config {
		loads++
		return config{name: "prod", ports: []int{80, 443}}
	})
	a := get()
	b := get()
	a.name = "changed"
	fmt.Println(a.name, b.name, b.ports, "loads:", loads)
	fmt.Printf("%T\n", get)

	parse := sync.OnceValues(func() (int, error) {
		return strconv.Atoi("42")
	})
	for i := 0; i < 2; i++ {
		n, err := parse()
		fmt.Println(n, err)
	}

	fail := sync.OnceValues(func() (*config, error) {
		return nil, errors.New("no config")
	})
	c, err := fail()
	fmt.Println(c == nil, err)

	var wg sync.WaitGroup
	execs := 0
	total := sync.OnceValue(func() int {
		execs++
		sum := 0
		for i := 1; i <= 10; i++ {
			sum += i
		}
		return sum
	})
	results := make([]int, 4)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = total()
		}()
	}
	wg.Wait()
	fmt.Println(results, "execs:", execs)

	type getter func() string
	var g getter = func() string { return "named" }
	h := sync.OnceValue(g)
	fmt.Printf("%s %T\n", h(), h)
}
