// strconv's unsigned parsing and formatting, its base and bit-size errors, the Append
// functions, quoting to ASCII and IsPrint.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"42", 10, 64}, {"-1", 10, 64}, {"300", 10, 8}, {"ff", 16, 0}, {"0x1F", 0, 64}, {"1_000", 0, 32}, {"18446744073709551615", 10, 64}, {"18446744073709551616", 10, 64}, {"12", 1, 64}, {"12", 37, 64}, {"12", 10, 65}, {"", 10, 64}, {"z", 36, 64}} {
		u, err := strconv.ParseUint(c.s, c.base, c.bits)
		i, err2 := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(u, err, i, err2)
	}
	n, err := strconv.Atoi("99999999999999999999")
	fmt.Println(n, err)
	n, err = strconv.Atoi(" 1")
	fmt.Println(n, err)
	fmt.Println(strconv.FormatUint(1<<64-1, 2), strconv.FormatUint(255, 16), strconv.FormatBool(true))
	b := []byte("x=")
	b = strconv.AppendInt(b, -42, 10)
	b = strconv.AppendQuote(b, "hi\n")
	b = strconv.AppendBool(b, false)
	b = strconv.AppendUint(b, 7, 2)
	b = strconv.AppendQuoteRune(b, '☺')
	fmt.Println(string(b))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteToASCII("héllo\t☺"), strconv.CanBackquote("a`b"), strconv.CanBackquote("ab"))
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\u00a0'), strconv.IsPrint('\t'), strconv.IsPrint(-1))
	var e *strconv.NumError
	_, err = strconv.ParseInt("x", 10, 64)
	fmt.Println(fmt.Sprintf("%T", err), err.(*strconv.NumError).Func, e == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(strconv.FormatInt(5, 1))
}
