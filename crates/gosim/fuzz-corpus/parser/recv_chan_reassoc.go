package main
func main() {
	x := <-chan<- chan int(nil)
	_ = x
}
