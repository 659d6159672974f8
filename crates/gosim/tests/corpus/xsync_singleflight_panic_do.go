package main

import (
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/singleflight"
)

var errBoom = errors.New("boom")

func try(g *singleflight.Group, fn func() (any, error)) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Printf("recovered %T error=%v is-boom=%v\n", r, isErr, errors.Is(err, errBoom))
		var target interface{ Unwrap() error }
		if errors.As(err, &target) {
			fmt.Println("unwraps to:", target.Unwrap())
		}
	}()
	v, err, shared := g.Do("k", fn)
	fmt.Println("returned", v, err, shared)
}

func main() {
	var g singleflight.Group
	// fn panics: Do panics again in the caller, with a *panicError.
	try(&g, func() (any, error) { panic(errBoom) })
	try(&g, func() (any, error) { panic("plain string") })
	// The key was deleted: the next Do runs its function.
	try(&g, func() (any, error) { return "fine", nil })

	// A duplicate waiting in Do panics too.
	started := make(chan bool)
	release := make(chan bool)
	done := make(chan bool)
	go func() {
		defer func() { recover(); done <- true }()
		g.Do("k", func() (any, error) {
			started <- true
			<-release
			panic(errBoom)
		})
	}()
	<-started
	ch := make(chan bool)
	go func() {
		defer func() {
			_, ok := recover().(error)
			fmt.Println("duplicate recovered an error:", ok)
			ch <- true
		}()
		g.Do("k", func() (any, error) { return "never", nil })
	}()
	// Give the duplicate time to join before the leader panics.
	time.Sleep(20 * time.Millisecond)
	close(release)
	<-ch
	<-done
}
