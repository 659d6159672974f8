package main

import "fmt"

type Ball struct{ hits int }

func player(name string, table chan *Ball, done chan<- string, maxHits int) {
	for {
		ball := <-table
		if ball.hits >= maxHits {
			done <- name
			return
		}
		ball.hits++
		fmt.Println(name, "hits", ball.hits)
		table <- ball
	}
}

func main() {
	table := make(chan *Ball)
	done := make(chan string)
	go player("ping", table, done, 6)
	go player("pong", table, done, 6)
	// Start the ping player's turn first by handing the ball over twice in a fixed order.
	ball := &Ball{}
	ball.hits++
	fmt.Println("main", "serves", ball.hits)
	table <- ball
	loser := <-done
	fmt.Println("game over: a player saw", 6, "hits")
	_ = loser
	fmt.Println("final hits:", ball.hits)
}
