package main

import (
	"encoding/json"
	"fmt"
	"sync"
	"sync/atomic"
)

type SafeCounter struct {
	sync.Mutex
	M map[string]int
}

type Stats struct {
	Mu    sync.RWMutex
	WG    sync.WaitGroup
	Hits  atomic.Int64
	Once  sync.Once
	Count int
	mu    sync.Mutex
}

func main() {
	c := SafeCounter{M: map[string]int{"a": 1}}
	c.Lock()
	b, err := json.Marshal(&c)
	c.Unlock()
	fmt.Println(string(b), err)
	var s Stats
	s.Hits.Add(5)
	s.Count = 2
	b, err = json.Marshal(&s)
	fmt.Println(string(b), err)
	var back Stats
	fmt.Println(json.Unmarshal([]byte(`{"Mu":{},"Hits":{"v":3},"Count":7}`), &back), back.Count, back.Hits.Load())
	var sc SafeCounter
	fmt.Println(json.Unmarshal([]byte(`{"M":{"z":26}}`), &sc), sc.M)
}
