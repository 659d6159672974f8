package main

import (
	"container/list"
	"fmt"
)

// An LRU cache: the list keeps keys from most to least recently used, the map
// finds a key's element.
type entry struct {
	key   string
	value int
}

type LRU struct {
	cap   int
	order *list.List
	items map[string]*list.Element
}

func NewLRU(cap int) *LRU {
	return &LRU{cap: cap, order: list.New(), items: map[string]*list.Element{}}
}

func (c *LRU) Get(key string) (int, bool) {
	e, ok := c.items[key]
	if !ok {
		return 0, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*entry).value, true
}

func (c *LRU) Put(key string, value int) {
	if e, ok := c.items[key]; ok {
		e.Value.(*entry).value = value
		c.order.MoveToFront(e)
		return
	}
	c.items[key] = c.order.PushFront(&entry{key, value})
	if c.order.Len() > c.cap {
		oldest := c.order.Back()
		c.order.Remove(oldest)
		delete(c.items, oldest.Value.(*entry).key)
		fmt.Println("evicted", oldest.Value.(*entry).key)
	}
}

func (c *LRU) Keys() []string {
	var keys []string
	for e := c.order.Front(); e != nil; e = e.Next() {
		keys = append(keys, e.Value.(*entry).key)
	}
	return keys
}

func main() {
	c := NewLRU(3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c.Keys())
	v, ok := c.Get("a")
	fmt.Println(v, ok, c.Keys())
	c.Put("d", 4)
	fmt.Println(c.Keys())
	_, ok = c.Get("b")
	fmt.Println("b cached:", ok)
	c.Put("c", 30)
	fmt.Println(c.Keys(), len(c.items))
	v, _ = c.Get("c")
	fmt.Println("c =", v)
}
