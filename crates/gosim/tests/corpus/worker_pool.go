package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID int
	Out   string
}

func worker(jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Millisecond)
		results <- Result{j.ID, strings.ToUpper(j.Text) + strings.Repeat("!", j.ID%3)}
	}
}

func main() {
	words := strings.Fields("alpha beta gamma delta epsilon zeta eta theta iota kappa")
	jobs := make(chan Job, len(words))
	results := make(chan Result, len(words))

	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	for i, w := range words {
		jobs <- Job{i, w}
	}
	close(jobs)
	wg.Wait()
	close(results)

	var out []Result
	for r := range results {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].JobID < out[j].JobID })
	for _, r := range out {
		fmt.Printf("job %d -> %s\n", r.JobID, r.Out)
	}
	fmt.Println("processed", len(out), "jobs with 4 workers")
}
