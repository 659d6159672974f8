package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parseAll(inputs []string) (sum int, bad []string) {
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		if err != nil {
			bad = append(bad, err.Error())
			continue
		}
		sum += n
	}
	return
}

func main() {
	sum, bad := parseAll([]string{"10", "-3", "abc", "7", "", "1e3", " 4", "+5"})
	fmt.Println("sum:", sum)
	for _, b := range bad {
		fmt.Println(" ", b)
	}

	fmt.Println(strconv.Itoa(-45) + strconv.Itoa(0))
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36))

	for _, s := range []string{"ff", "-80", "7f", "zz", "100"} {
		v, err := strconv.ParseInt(s, 16, 8)
		fmt.Println(s, v, err)
	}
	v, err := strconv.ParseInt("9223372036854775808", 10, 64)
	fmt.Println(v, err)
	_, err = strconv.Atoi("x1")
	fmt.Println(err, errors.Unwrap(err))
	v, _ = strconv.ParseInt("0x1F", 0, 64)
	fmt.Println(v)

	fmt.Println(strconv.Quote("hi \"there\"\n\ttab"), strconv.Quote("é✓"))
	n, _ := strconv.Atoi("0042")
	fmt.Println(n+1, strconv.Itoa(n)+"1")
}
