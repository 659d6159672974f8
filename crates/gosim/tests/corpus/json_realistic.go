package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type Address struct {
	Street string `json:"street,omitempty"`
	City   string `json:"city"`
}

type Person struct {
	Name    string            `json:"name"`
	Age     int               `json:"age,omitempty"`
	Addr    *Address          `json:"address,omitempty"`
	Emails  []string          `json:"emails"`
	Meta    map[string]string `json:"meta,omitempty"`
	Extra   interface{}       `json:"extra"`
	private string
	Nested  struct {
		A int    `json:"a"`
		B []bool `json:"b"`
	} `json:"nested"`
}

func main() {
	p := Person{Name: "Ann", Addr: &Address{City: "Paris"}, Extra: map[string]interface{}{"k": []interface{}{1, "x", nil, true, 2.5}}}
	p.Nested.B = []bool{true}
	b, _ := json.MarshalIndent(p, "--", "\t")
	fmt.Println(string(b))
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode([]Person{p, {}})
	var back []Person
	data, _ := json.Marshal([]Person{p, {}})
	fmt.Println(json.Unmarshal(data, &back), len(back), back[0].Name, *back[0].Addr, back[0].Extra, back[1].Emails == nil, back[0].Nested)
	var generic []map[string]interface{}
	fmt.Println(json.Unmarshal(data, &generic), generic)
}
