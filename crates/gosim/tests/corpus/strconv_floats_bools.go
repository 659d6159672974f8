package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.25", "1e400", "-0.1", "0x1p-2", "1_000.5", "abc", "inf", "NaN", ".5e3", "1e-400"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, "->", f, err)
	}
	for _, s := range []string{"0x1.8p1", "-0X_1FFFP-16", "0x1.00000000000008p0", "0x1.000000000000081p0", "0x1p-1075", "0x10", "0x1_p1"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, "->", f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	_, err = strconv.ParseFloat("3.5e39", 32)
	fmt.Println(err)
	x := 1234.5678
	for _, c := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'q'} {
		fmt.Println(string(c), strconv.FormatFloat(x, c, -1, 64), strconv.FormatFloat(x, c, 2, 64), strconv.FormatFloat(x, c, 3, 32))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', 20, 64), strconv.FormatFloat(-0.0, 'g', -1, 64))
	for _, s := range []string{"true", "T", "0", "False", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	fmt.Println(strconv.FormatBool(true) + "/" + strconv.FormatBool(false))
}
