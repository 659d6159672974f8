package main
func main() {
	if x := 1; x > 0 {
	} else if y := 2; y > x {
	}
	for range 3 {
	}
	select {}
}
