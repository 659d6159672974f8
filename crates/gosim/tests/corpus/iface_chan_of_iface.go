package main

import (
	"fmt"
	"sync"
)

type Job interface{ Run() int }
type Sq int
type Neg int

func (s Sq) Run() int  { return int(s) * int(s) }
func (n Neg) Run() int { return -int(n) }

func main() {
	jobs := make(chan Job)
	results := make(chan int, 10)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- j.Run()
			}
		}()
	}
	for i := 1; i <= 4; i++ {
		jobs <- Sq(i)
		jobs <- Neg(i)
	}
	close(jobs)
	wg.Wait()
	close(results)
	total := 0
	for r := range results {
		total += r
	}
	fmt.Println("total", total)
	var done chan Job
	select {
	case j := <-done:
		fmt.Println(j)
	default:
		fmt.Println("nil chan of Job never ready")
	}
}
