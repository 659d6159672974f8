package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

type Msg struct {
	Name, Text string
}

func main() {
	const stream = `
	{"Name": "Ed", "Text": "Knock knock."}
	{"Name": "Sam", "Text": "Who's there?"}
	{"Name": "Ed", "Text": "Go fmt."}
`
	dec := json.NewDecoder(strings.NewReader(stream))
	for {
		var m Msg
		if err := dec.Decode(&m); err == io.EOF {
			break
		} else if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s: %s\n", m.Name, m.Text)
	}
	dec = json.NewDecoder(strings.NewReader(`{"a":1} {"a":2}
[3] 4 "x" 12345 tru`))
	for {
		var v any
		err := dec.Decode(&v)
		fmt.Println(v, err)
		if err != nil {
			break
		}
	}
	dec = json.NewDecoder(strings.NewReader(`{"a": 1, "b": 2} {"c": x}`))
	dec.UseNumber()
	var v map[string]any
	fmt.Println(dec.Decode(&v), v)
	fmt.Printf("%T\n", v["a"])
	fmt.Println(dec.More())
	fmt.Println(dec.Decode(&v), v)
	fmt.Println(dec.Decode(&v))
	dec = json.NewDecoder(strings.NewReader(`{"Name": "x", "Other": 1, "Text": "t"}`))
	dec.DisallowUnknownFields()
	var m Msg
	fmt.Println(dec.Decode(&m), m)
	dec = json.NewDecoder(strings.NewReader(`  `))
	fmt.Println(dec.More(), dec.Decode(&m))
	dec = json.NewDecoder(os.Stdin)
	fmt.Println(dec.Decode(&m), dec.More())
	dec = json.NewDecoder(strings.NewReader(`[1, 2`))
	var s []int
	fmt.Println(dec.Decode(&s), s)
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	for i := 0; i < 3; i++ {
		enc.Encode(Msg{fmt.Sprint(i), "t"})
	}
	dec = json.NewDecoder(&out)
	for dec.More() {
		var m Msg
		dec.Decode(&m)
		fmt.Println(m)
	}
}
