package main

import (
	"bufio"
	"fmt"
	"strings"
)

const input = `first line
second line with words

last line without newline`

func main() {
	sc := bufio.NewScanner(strings.NewReader(input))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	fmt.Println("err:", sc.Err(), "lines:", n)
	fmt.Println("scan again:", sc.Scan())

	crlf := bufio.NewScanner(strings.NewReader("a\r\nb\r\n\r\nc\r"))
	for crlf.Scan() {
		fmt.Printf("%q ", crlf.Bytes())
	}
	fmt.Println()

	words := bufio.NewScanner(strings.NewReader("  the quick\tbrown\n fox  jumps\u00a0over "))
	words.Split(bufio.ScanWords)
	count := 0
	for words.Scan() {
		count++
		fmt.Print("[", words.Text(), "]")
	}
	fmt.Println(" words:", count)

	runes := bufio.NewScanner(strings.NewReader("añ€\xff!"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Printf("%q ", runes.Text())
	}
	fmt.Println()
	bs := bufio.NewScanner(strings.NewReader("xyz"))
	bs.Split(bufio.ScanBytes)
	for bs.Scan() {
		fmt.Print(bs.Bytes(), " ")
	}
	fmt.Println()
}
