// A hub that answers questions: "who is here?" comes in with a channel for the answer.
// The answer channel is unbuffered, so the hub's send waits until the asker receives.
// The asker stops waiting if its connection closes first. Can the hub get stuck?
package main

import "fmt"

type whoRequest struct {
	reply chan []string
}

type Hub struct {
	names     []string
	who       chan whoRequest
	broadcast chan string
}

func (h *Hub) run() {
	for {
		select {
		case req := <-h.who:
			req.reply <- h.names // waits for the asker
		case msg := <-h.broadcast:
			fmt.Println("hub:", msg)
		}
	}
}

func main() {
	h := &Hub{
		names:     []string{"ada", "bob"},
		who:       make(chan whoRequest),
		broadcast: make(chan string),
	}
	go h.run()

	closed := make(chan struct{}) // closed when ada's browser tab closes
	finished := make(chan struct{})
	go func() { // ada's readPump asks who is here
		defer close(finished)
		req := whoRequest{reply: make(chan []string)}
		h.who <- req
		select {
		case names := <-req.reply:
			fmt.Println("ada: here are", names)
		case <-closed:
			fmt.Println("ada: gone before the answer")
		}
	}()
	go close(closed)

	<-finished
	h.broadcast <- "bob: anyone there?"
	fmt.Println("bob: sent")
}
