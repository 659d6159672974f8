package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

type Movie struct {
	Title  string
	Year   int  `json:"released"`
	Color  bool `json:"color,omitempty"`
	Actors []string
	Extra  map[string]any
	Empty  []int
	None   struct{}
}

func main() {
	movies := []Movie{
		{Title: "Casablanca", Year: 1942, Actors: []string{"Humphrey Bogart", "Ingrid Bergman"}, Empty: []int{}},
		{Title: "Cool Hand Luke", Year: 1967, Color: true, Extra: map[string]any{"b": 1.5, "a": []any{"x", nil}}},
	}
	b, err := json.MarshalIndent(movies, "", "    ")
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(map[string]int{}, ">", "\t")
	fmt.Printf("%q\n", b)
	b, _ = json.MarshalIndent([]int{1, 2}, ">", "\t")
	fmt.Printf("%q\n", b)
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(movies[0])
	enc.Encode("<a&b>")
	enc.SetEscapeHTML(false)
	enc.Encode("<a&b>")
	enc.SetIndent("#", "  ")
	enc.Encode(map[int]bool{3: true, 1: false})
	enc.Encode(5)
	fmt.Println(enc.Encode(make(chan int)))
	var buf bytes.Buffer
	fmt.Println(json.Indent(&buf, []byte(` {"a": [1, 2, {}, []], "b":{"c":"x y"}} `+"\n"), "#", "-"))
	fmt.Printf("%q\n", buf.String())
	buf.Reset()
	fmt.Println(json.Compact(&buf, []byte(` {"a": [1, 2, {}, []], "b":{"c":"x <y>"}} `)), buf.String())
	buf.Reset()
	fmt.Println(json.Compact(&buf, []byte(`{"a" 1}`)), buf.Len())
	fmt.Println(json.Indent(&buf, []byte(`[1,`), "", " "), buf.Len())
	fmt.Println(json.Valid([]byte(`{}`)), json.Valid([]byte(`{`)), json.Valid([]byte(`01`)), json.Valid([]byte(` [1, "a", null, true] `)))
}
