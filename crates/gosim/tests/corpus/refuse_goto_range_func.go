package main

// gosim: refused 20:9: not supported here: goto out of a range-over-func loop body

import "fmt"

func count(yield func(int) bool) {
	for i := 0; ; i++ {
		if !yield(i) {
			fmt.Println("stopped at", i)
			return
		}
	}
}

func main() {
	for v := range count {
		fmt.Println(v)
		if v == 2 {
			goto done
		}
	}
done:
	fmt.Println("done")
}
