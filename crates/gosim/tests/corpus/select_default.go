package main

import "fmt"

func trySend(ch chan<- int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch <-chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int, 2)
	for i := 1; i <= 4; i++ {
		fmt.Printf("send %d: %v\n", i, trySend(ch, i))
	}
	for i := 0; i < 3; i++ {
		v, ok := tryRecv(ch)
		fmt.Printf("recv: %d %v\n", v, ok)
	}

	unbuffered := make(chan int)
	fmt.Println("send with nobody receiving:", trySend(unbuffered, 1))

	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel is never ready")
	}

	closed := make(chan int)
	close(closed)
	select {
	case v, ok := <-closed:
		fmt.Println("closed channel is always ready:", v, ok)
	default:
		fmt.Println("not reached")
	}

	// Drop messages when the buffer is full.
	logs := make(chan string, 3)
	dropped := 0
	for i := 0; i < 10; i++ {
		select {
		case logs <- fmt.Sprint("msg", i):
		default:
			dropped++
		}
	}
	close(logs)
	for l := range logs {
		fmt.Println("kept", l)
	}
	fmt.Println("dropped", dropped)
}
