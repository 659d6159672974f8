// Two messages arrive back to back. bob's queue has room for one, and his writePump takes
// a message out whenever it gets a turn. Whether the hub has to evict him depends on who
// runs when.
package main

import "fmt"

type Client struct {
	name string
	send chan string
}

type Hub struct {
	clients   map[*Client]bool
	broadcast chan string
	quit      chan bool
}

func (h *Hub) run() {
	for {
		select {
		case msg := <-h.broadcast:
			for c := range h.clients {
				select {
				case c.send <- msg:
				default:
					fmt.Println("hub: evicted", c.name)
					delete(h.clients, c)
					close(c.send)
				}
			}
		case <-h.quit:
			fmt.Println("hub: clients left:", len(h.clients))
			h.quit <- true
			return
		}
	}
}

func main() {
	bob := &Client{name: "bob", send: make(chan string, 1)}
	h := &Hub{
		clients:   map[*Client]bool{bob: true},
		broadcast: make(chan string),
		quit:      make(chan bool),
	}
	go h.run()
	go func() { // bob's writePump
		for range bob.send {
			// each message goes out on bob's socket
		}
	}()

	h.broadcast <- "one"
	h.broadcast <- "two"
	h.quit <- true
	<-h.quit
}
