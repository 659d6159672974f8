package main

import (
	"fmt"
	"strings"
)

type Request struct {
	Op    string
	Key   string
	Value int
	Reply chan Response
}

type Response struct {
	Value int
	Found bool
}

// store owns its map; other goroutines talk to it only through requests.
func store(requests <-chan Request) {
	data := map[string]int{}
	for req := range requests {
		switch req.Op {
		case "set":
			data[req.Key] = req.Value
			req.Reply <- Response{req.Value, true}
		case "get":
			v, ok := data[req.Key]
			req.Reply <- Response{v, ok}
		case "add":
			data[req.Key] += req.Value
			req.Reply <- Response{data[req.Key], true}
		}
	}
}

func main() {
	requests := make(chan Request)
	go store(requests)
	call := func(op, key string, v int) Response {
		reply := make(chan Response)
		requests <- Request{op, key, v, reply}
		return <-reply
	}
	fmt.Println(call("set", "a", 10))
	fmt.Println(call("get", "a", 0))
	fmt.Println(call("get", "b", 0))
	for i := 1; i <= 4; i++ {
		r := call("add", "b", i)
		fmt.Printf("b=%d %s\n", r.Value, strings.Repeat("=", r.Value))
	}
	fmt.Printf("%+v\n", call("get", "b", 0))
	close(requests)
}
