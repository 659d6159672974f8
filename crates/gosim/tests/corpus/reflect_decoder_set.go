package main

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type Options struct {
	Name    string  `opt:"name"`
	Workers int     `opt:"workers"`
	Ratio   float64 `opt:"ratio"`
	Verbose bool    `opt:"verbose"`
	Level   uint8   `opt:"level"`
}

func load(dst any, text string) error {
	v := reflect.ValueOf(dst)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return fmt.Errorf("need a non-nil pointer, got %v", v.Type())
	}
	v = v.Elem()
	t := v.Type()
	for _, line := range strings.Split(text, "\n") {
		eq := strings.Index(line, "=")
		if eq < 0 {
			continue
		}
		key, val := line[:eq], line[eq+1:]
		for i := 0; i < t.NumField(); i++ {
			if t.Field(i).Tag.Get("opt") != key {
				continue
			}
			f := v.Field(i)
			switch f.Kind() {
			case reflect.String:
				f.SetString(val)
			case reflect.Int:
				n, err := strconv.Atoi(val)
				if err != nil {
					return err
				}
				f.SetInt(int64(n))
			case reflect.Float64:
				x, err := strconv.ParseFloat(val, 64)
				if err != nil {
					return err
				}
				f.SetFloat(x)
			case reflect.Bool:
				b, _ := strconv.ParseBool(val)
				f.SetBool(b)
			case reflect.Uint8:
				n, _ := strconv.Atoi(val)
				f.SetUint(uint64(n))
			}
		}
	}
	return nil
}

func main() {
	var o Options
	err := load(&o, "name=demo\nworkers=4\nratio=0.25\nverbose=true\nlevel=300")
	fmt.Printf("%+v %v\n", o, err)
	fmt.Println(load(o, "name=x"))
	err = load(&o, "workers=many")
	fmt.Println(err)
}
