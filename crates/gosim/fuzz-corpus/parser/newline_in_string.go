package main
func main() {
	s := "abc
	_ = s
}
