package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// A reader that hands out at most 5 bytes per Read and says how it was called.
type trickle struct {
	data  string
	calls int
}

func (t *trickle) Read(p []byte) (int, error) {
	t.calls++
	if t.data == "" {
		return 0, errors.New("dry")
	}
	n := copy(p, t.data[:min(5, len(t.data))])
	t.data = t.data[n:]
	return n, nil
}

func commaSplit(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, data[:i], nil
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

func main() {
	t := &trickle{data: "alpha,beta,,gamma,delta"}
	sc := bufio.NewScanner(t)
	sc.Split(commaSplit)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println("\nerr:", sc.Err(), "reads:", t.calls)

	// A token longer than the buffer allows.
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	long.Buffer(make([]byte, 16), 64)
	for long.Scan() {
		fmt.Println("token", len(long.Text()))
	}
	fmt.Println("err:", long.Err(), long.Err() == bufio.ErrTooLong)

	// ErrFinalToken stops the scan at once.
	stop := bufio.NewScanner(strings.NewReader("1 2 STOP 3 4"))
	stop.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && string(tok) == "STOP" {
			return adv, tok, bufio.ErrFinalToken
		}
		return adv, tok, err
	})
	for stop.Scan() {
		fmt.Print(stop.Text(), ";")
	}
	fmt.Println(" err:", stop.Err())

	// Reading numbers from a buffer, one per line.
	var in bytes.Buffer
	for i := 1; i <= 4; i++ {
		fmt.Fprintf(&in, "%d\n", i*i)
	}
	nums := bufio.NewScanner(&in)
	sum := 0
	for nums.Scan() {
		v, err := strconv.Atoi(nums.Text())
		if err == nil {
			sum += v
		}
	}
	fmt.Println("sum:", sum)
}
