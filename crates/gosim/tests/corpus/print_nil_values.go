package main

// print and println show a nil interface as its two zero words, a nil slice as
// length, capacity and a zero pointer, and other nil references as 0x0; the masks
// that mark unsigned and float32 arguments must not mix with these.
type shape interface{ area() float64 }

func main() {
	var err error
	var sh shape
	var any interface{}
	var ptr *int
	var words []string
	var counts map[string]int
	var ch chan bool
	var fn func()
	println(err, sh, any, ptr, words, counts, ch, fn, uint64(1<<63), float32(0.1), []byte(nil))
}
