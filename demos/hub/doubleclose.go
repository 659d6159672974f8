// A change that looks harmless: when bob's connection drops, his readPump closes his send
// queue itself, so his writePump stops at once, and the hub's unregister only forgets him.
// The hub still closes the queue when it evicts bob. Now two goroutines may close send.
package main

import "fmt"

type Client struct {
	name string
	send chan string
}

type Hub struct {
	clients    map[*Client]bool
	unregister chan *Client
	broadcast  chan string
}

func (h *Hub) run() {
	for {
		select {
		case c := <-h.unregister:
			delete(h.clients, c) // readPump closes c.send itself now
		case msg := <-h.broadcast:
			for c := range h.clients {
				select {
				case c.send <- msg:
				default:
					delete(h.clients, c)
					close(c.send)
				}
			}
		}
	}
}

func main() {
	bob := &Client{name: "bob", send: make(chan string, 1)}
	h := &Hub{
		clients:    map[*Client]bool{bob: true},
		unregister: make(chan *Client),
		broadcast:  make(chan string),
	}
	go h.run()
	go func() { // bob's writePump
		for msg := range bob.send {
			fmt.Println("bob got", msg)
		}
	}()
	left := make(chan struct{})
	go func() { // bob's readPump: the connection has dropped
		h.unregister <- bob
		close(bob.send)
		close(left)
	}()

	h.broadcast <- "one"
	h.broadcast <- "two"
	<-left
	fmt.Println("bob has left")
}
