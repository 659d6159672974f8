package main

import (
	"flag"
	"fmt"
	"time"
)

var verbose = flag.Bool("v", false, "verbose output")

func main() {
	name := flag.String("name", "gopher", "who to greet")
	count := flag.Int("n", 3, "how many times")
	delay := flag.Duration("delay", 250*time.Millisecond, "pause between greetings")
	ratio := flag.Float64("ratio", 0.5, "a ratio")
	var port int
	flag.IntVar(&port, "port", 8080, "port to listen on")
	var mode string
	flag.StringVar(&mode, "mode", "dev", "run mode")
	big := flag.Int64("big", 1<<40, "a large number")
	u := flag.Uint("u", 7, "unsigned")
	fmt.Println("parsed before:", flag.Parsed())
	flag.Parse()
	fmt.Println("parsed after:", flag.Parsed())
	for i := 0; i < *count; i++ {
		fmt.Printf("hello, %s (%d)\n", *name, i+1)
	}
	fmt.Println(*verbose, *delay, *ratio, port, mode, *big, *u)
	fmt.Println(flag.NArg(), flag.Args(), len(flag.Args()), flag.Arg(0) == "", flag.NFlag())
}
