package main

type Celsius float64

func main() {
	var c Celsius = 36.6
	panic(c + 0.1)
}
