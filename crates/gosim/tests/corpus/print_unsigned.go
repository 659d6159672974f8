package main

// print and println write unsigned integers as unsigned, even the 64-bit ones whose
// top bit is set (to standard error; the corpus keeps stderr's first line).
func main() {
	var big uint64 = 1<<64 - 1
	var u uint = 1 << 63
	var b byte = 255
	var p uintptr = 42
	var i int64 = -1
	println(big, u, b, p, i, uint32(1<<32-1), big/2+1)
}
