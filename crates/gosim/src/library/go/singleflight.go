package singleflight

// golang.org/x/sync/singleflight as of v0.19.0 (go-facts.md section 9): one
// execution per key in flight, its result handed to every caller that asked
// meanwhile. Written for the engine from the facts; the fields, the algorithm
// and the messages are x/sync's.

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
)

// The engine keeps no machine stack. debugStack is what runtime/debug.Stack would
// give: the engine's traceback of the calling goroutine, which (as in every
// traceback the engine prints) is its first line alone. stackText hands the
// stored trace out only to the report of a crash; anywhere else a program would
// see text Go prints differently, so the engine refuses there by name.
func debugStack() string
func stackText(stack string) string

// errGoexit is the result of a call whose function called runtime.Goexit.
var errGoexit = errors.New("runtime.Goexit was called")

// A panicError is a panic recovered from the function, with the stack at the
// point of the panic: raised again in every caller that waits for the result.
type panicError struct {
	value any
	stack []byte
}

func (p *panicError) Error() string {
	return fmt.Sprintf("%v\n\n%s", p.value, stackText(string(p.stack)))
}

// Unwrap lets errors.Is and errors.As see a panic value that is an error.
func (p *panicError) Unwrap() error {
	if err, ok := p.value.(error); ok {
		return err
	}
	return nil
}

func newPanicError(v any) error {
	stack := []byte(debugStack())
	// The trace's first line names the goroutine and its state, which will be
	// stale by the time a caller raises the panic: it is cut off.
	for i, b := range stack {
		if b == '\n' {
			stack = stack[i+1:]
			break
		}
	}
	return &panicError{value: v, stack: stack}
}

// A call is one execution of a function for a key, in flight or finished.
type call struct {
	wg sync.WaitGroup

	// Written once, before wg is done; read only after.
	val any
	err error

	// Guarded by the Group's mu: how many callers joined, and the channels of
	// the DoChan callers among them (the first caller's too, if it used DoChan).
	dups  int
	chans []chan<- Result
}

// A Group is a namespace of keys; its zero value is ready to use.
type Group struct {
	mu sync.Mutex
	m  map[string]*call
}

// Result is what DoChan delivers.
type Result struct {
	Val    any
	Err    error
	Shared bool
}

// Do runs fn for key unless a call for key is in flight, in which case it
// waits for that call and returns its results. shared reports whether the
// results went to more than one caller (the first caller sees true too, if
// anyone joined before fn returned).
func (g *Group) Do(key string, fn func() (any, error)) (v any, err error, shared bool) {
	g.mu.Lock()
	if g.m == nil {
		g.m = make(map[string]*call)
	}
	if c, ok := g.m[key]; ok {
		c.dups++
		g.mu.Unlock()
		c.wg.Wait()
		// A panic or Goexit in fn happens again in every waiting caller.
		if e, ok := c.err.(*panicError); ok {
			panic(e)
		} else if c.err == errGoexit {
			runtime.Goexit()
		}
		return c.val, c.err, true
	}
	c := new(call)
	c.wg.Add(1)
	g.m[key] = c
	g.mu.Unlock()

	g.doCall(c, key, fn)
	return c.val, c.err, c.dups > 0
}

// DoChan is Do with the results delivered on a channel (buffered, never
// closed). A duplicate registers its channel and returns at once; a new key
// runs fn on a new goroutine.
func (g *Group) DoChan(key string, fn func() (any, error)) <-chan Result {
	ch := make(chan Result, 1)
	g.mu.Lock()
	if g.m == nil {
		g.m = make(map[string]*call)
	}
	if c, ok := g.m[key]; ok {
		c.dups++
		c.chans = append(c.chans, ch)
		g.mu.Unlock()
		return ch
	}
	c := &call{chans: []chan<- Result{ch}}
	c.wg.Add(1)
	g.m[key] = c
	g.mu.Unlock()

	go g.doCall(c, key, fn)
	return ch
}

// doCall runs fn and hands out its results. Two deferred calls tell the three
// ways fn can end apart: it returns (returned), it panics (the inner deferred
// call recovers, so recovered is set after it), or it calls runtime.Goexit
// (neither is set, since nothing after fn runs in this goroutine).
func (g *Group) doCall(c *call, key string, fn func() (any, error)) {
	returned := false
	recovered := false

	defer func() {
		if !returned && !recovered {
			c.err = errGoexit
		}

		g.mu.Lock()
		defer g.mu.Unlock()
		c.wg.Done()
		// Forget may have dropped the key and a new call taken it meanwhile.
		if g.m[key] == c {
			delete(g.m, key)
		}

		if e, ok := c.err.(*panicError); ok {
			if len(c.chans) > 0 {
				// Channel waiters could wait forever for a result: crash the
				// program from a goroutine of its own, where nothing can
				// recover the panic.
				go panic(e)
				select {}
			} else {
				panic(e)
			}
		} else if c.err == errGoexit {
			// The goroutine is already on its way out.
		} else {
			for _, ch := range c.chans {
				ch <- Result{c.val, c.err, c.dups > 0}
			}
		}
	}()

	func() {
		defer func() {
			if !returned {
				if r := recover(); r != nil {
					c.err = newPanicError(r)
				}
			}
		}()
		c.val, c.err = fn()
		returned = true
	}()

	if !returned {
		recovered = true
	}
}

// Forget drops key: the call in flight finishes for the callers it has, and
// the next Do or DoChan for key runs fn again.
func (g *Group) Forget(key string) {
	g.mu.Lock()
	delete(g.m, key)
	g.mu.Unlock()
}
