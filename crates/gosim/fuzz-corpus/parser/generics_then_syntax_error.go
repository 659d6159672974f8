package main
func f[T any](x List[T]) {
	x := (
}
