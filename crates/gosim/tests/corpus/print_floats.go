package main

// The print builtins write floats as strconv.FormatFloat(f, 'g', -1, 64) does
// (Go 1.25 and later), to standard error; the corpus keeps stderr's first line.
func main() {
	var zero float64
	println(0.0, -zero*1, 1.0, -1.5, 0.1, 0.3, 1.0/3.0, 123456.789, 999999.0, 1234567.0, 1e20, 1e21, 1e-4, 1.5e-5, 5e-324, 1.7976931348623157e308, 1/zero, -1/zero, 2.675)
}
