package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0,
		1,
		999,
		time.Microsecond,
		1500 * time.Microsecond,
		time.Millisecond * 250,
		time.Second,
		90 * time.Second,
		time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond,
		-5 * time.Second,
		36 * time.Hour,
	}
	for _, d := range ds {
		fmt.Printf("%-16v %d\n", d, int64(d))
	}

	timeout := 2 * time.Second
	step := 300 * time.Millisecond
	fmt.Println("steps that fit:", timeout/step, "remainder:", timeout%step)
	fmt.Println("half:", timeout/2, "double:", timeout*2)
	fmt.Println("sum:", timeout+step, "diff:", step-timeout)
	fmt.Println(timeout > step, time.Duration(1e9) == time.Second)

	n := 3
	fmt.Println("backoff:", time.Duration(n)*100*time.Millisecond)
	var total time.Duration
	for i := 1; i <= 4; i++ {
		total += time.Duration(i) * 250 * time.Millisecond
	}
	fmt.Println("total:", total, total.String())
	fmt.Printf("%s %v %d %T\n", total, total, total, total)
	fmt.Println(time.Minute / time.Millisecond)
}
