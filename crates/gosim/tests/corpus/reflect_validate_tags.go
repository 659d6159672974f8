package main

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type Signup struct {
	User  string `validate:"required,min=3"`
	Age   int    `validate:"min=18"`
	Email string `validate:"required"`
	Note  string
}

func validate(x any) []string {
	var errs []string
	v := reflect.ValueOf(x)
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		rules := t.Field(i).Tag.Get("validate")
		if rules == "" {
			continue
		}
		fv := v.Field(i)
		for _, rule := range strings.Split(rules, ",") {
			switch {
			case rule == "required":
				if fv.IsZero() {
					errs = append(errs, t.Field(i).Name+" is required")
				}
			case strings.HasPrefix(rule, "min="):
				n, _ := strconv.Atoi(rule[4:])
				if fv.Kind() == reflect.String && fv.Len() < n {
					errs = append(errs, fmt.Sprintf("%s must have at least %d characters", t.Field(i).Name, n))
				}
				if fv.Kind() == reflect.Int && fv.Int() < int64(n) {
					errs = append(errs, fmt.Sprintf("%s must be at least %d", t.Field(i).Name, n))
				}
			}
		}
	}
	return errs
}

func main() {
	fmt.Println(validate(Signup{User: "al", Age: 12}))
	fmt.Println(validate(Signup{User: "alice", Age: 30, Email: "a@x"}))
}
