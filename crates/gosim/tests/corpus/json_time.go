package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Ev struct {
	ID int
	time.Time
}

func main() {
	var t time.Time
	for _, s := range []string{`"x"`, `5`, `null`, `"2020-01-02T03:04:05Z"`, `"2020-01-02T03:04:05.5+02:00"`, `"2020-01-02 03:04:05Z"`, `{}`} {
		err := json.Unmarshal([]byte(s), &t)
		fmt.Println(t, err)
	}
	b, err := json.Marshal(time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(string(b), err)
	fmt.Println(string(b), err)
	b, err = json.Marshal(Ev{1, time.Date(2020, 1, 2, 3, 4, 5, 6, time.UTC)})
	fmt.Println(string(b), err)
	var e Ev
	fmt.Println(json.Unmarshal([]byte(`"2021-01-02T03:04:05Z"`), &e), e)
}
