// The chat hub in miniature: one hub goroutine owns the set of clients, and everything
// else talks to it through three channels. Each client has a buffered send queue that only
// its writePump reads. carol's writePump is slow, so her queue fills and the hub evicts her
// instead of waiting for her. (A real server gives each queue 256 places; 3 is enough to
// watch one fill.)
package main

import (
	"fmt"
	"time"
)

const queueSize = 3

type Client struct {
	name string
	send chan string   // messages waiting for this client; closed only by the hub
	got  []string      // what writePump delivered (read by main after done closes)
	done chan struct{} // closed when writePump has stopped
	slow time.Duration // how long writePump takes per message
}

type Hub struct {
	clients    map[*Client]bool
	register   chan *Client
	unregister chan *Client
	broadcast  chan string
}

// run is the only code that touches h.clients, so the map needs no lock.
func (h *Hub) run() {
	for {
		select {
		case c := <-h.register:
			h.clients[c] = true
			fmt.Println("hub: registered", c.name)
		case c := <-h.unregister:
			if h.clients[c] {
				delete(h.clients, c)
				close(c.send)
			}
		case msg := <-h.broadcast:
			for c := range h.clients {
				select {
				case c.send <- msg:
				default:
					// The queue is full: never wait for one client.
					fmt.Println("hub: evicted", c.name, "with", len(c.send), "queued")
					delete(h.clients, c)
					close(c.send)
				}
			}
		}
	}
}

// writePump is the only reader of c.send; it ends when the hub closes it.
func (c *Client) writePump() {
	defer close(c.done)
	for msg := range c.send {
		time.Sleep(c.slow) // the network, or a slow browser
		c.got = append(c.got, msg)
	}
}

// readPump plays what the client types: each line goes to the hub.
func (c *Client) readPump(h *Hub, lines []string) {
	for _, line := range lines {
		h.broadcast <- c.name + ": " + line
		time.Sleep(10 * time.Millisecond)
	}
	h.unregister <- c // the connection closed
}

func newClient(name string, slow time.Duration) *Client {
	return &Client{
		name: name,
		send: make(chan string, queueSize),
		done: make(chan struct{}),
		slow: slow,
	}
}

func main() {
	h := &Hub{
		clients:    make(map[*Client]bool),
		register:   make(chan *Client),
		unregister: make(chan *Client),
		broadcast:  make(chan string),
	}
	go h.run()

	ada := newClient("ada", 0)
	bob := newClient("bob", 0)
	carol := newClient("carol", 200*time.Millisecond)
	for _, c := range []*Client{ada, bob, carol} {
		h.register <- c
		go c.writePump()
	}

	go ada.readPump(h, []string{"hi", "who closes send?", "the hub", "only the hub", "bye"})
	<-ada.done
	h.unregister <- bob
	h.unregister <- carol // carol was evicted: the hub ignores this
	for _, c := range []*Client{ada, bob, carol} {
		<-c.done
		fmt.Printf("%s got %d: %q\n", c.name, len(c.got), c.got)
	}
}
