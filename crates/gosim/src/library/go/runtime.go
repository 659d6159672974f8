package runtime

// Error is what every run-time panic value satisfies.
type Error interface {
	error
	RuntimeError()
}

// The values of run-time panics, one type per kind as in Go, so that %T and %#v
// of a recovered value name Go's type (vm::exec's runtime_error_value picks one by
// the message). errorString holds the text after "runtime error: " (division by
// zero, a nil dereference, makeslice, a negative shift, an uncomparable ==);
// plainError the whole text (a nil map write, close of a closed channel, makechan).
type errorString string

func (e errorString) Error() string { return "runtime error: " + string(e) }

func (e errorString) RuntimeError() {}

type plainError string

func (e plainError) Error() string { return string(e) }

func (e plainError) RuntimeError() {}

// boundsError is an index or slice out of range. Go keeps the operands (x, y,
// signed, code) and builds the text from them; the engine keeps the text, so %#v,
// which prints Go's fields, is refused.
type boundsError struct {
	msg string
}

func (e boundsError) Error() string { return e.msg }

func (e boundsError) RuntimeError() {}

func (e boundsError) GoString() string {
	unsupported("%#v of a runtime.boundsError (Go prints its operand fields)")
	return ""
}

// TypeAssertionError is a failed x.(T). Go's fields are type pointers; %#v of one
// (addresses) is refused.
type TypeAssertionError struct {
	msg string
}

func (e *TypeAssertionError) Error() string { return e.msg }

func (e *TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) GoString() string {
	unsupported("%#v of a *runtime.TypeAssertionError")
	return ""
}

// PanicNilError is what panic(nil) panics with (Go 1.21+).
type PanicNilError struct {
	_ [0]int
}

func (*PanicNilError) Error() string { return "runtime error: panic called with nil argument" }

func (*PanicNilError) RuntimeError() {}

// unhashableTypeError is the panic of a lookup or delete with an unhashable key in
// an empty map, which Go's map package raises (so the compiler renames its package
// to "maps" for %T). Go's field is a type pointer: %#v is refused.
type unhashableTypeError struct {
	msg string
}

func (e unhashableTypeError) Error() string { return e.msg }

func (e unhashableTypeError) RuntimeError() {}

func (e unhashableTypeError) GoString() string {
	unsupported("%#v of a maps.unhashableTypeError")
	return ""
}

func Gosched()

// clearValue is the builtin clear: a map loses every entry, a slice's elements
// (up to its length) become zero. The compiler calls it with the argument in an
// interface, so the native knows the element type.
func clearValue(x any)

func NumGoroutine() int

// GOMAXPROCS sets the number of Ps the model has when n > 0 and returns the
// previous setting. Goroutines still run one at a time; the setting decides whether
// a contended sync.Mutex may spin. Until the program sets it, the setting is the
// machine's (the model acting as one P) and a call whose result is used is refused.
func GOMAXPROCS(n int) int

// Goexit runs the calling goroutine's deferred calls, newest first, and ends it;
// recover sees nothing meanwhile (vm::goexit). Refused on the main goroutine.
func Goexit()
// GC runs a full collection of the engine's heap, then lets the other goroutines
// run: Go's GC empties sync.Pools as its cycle starts, then parks its caller until
// the mark phase ends.
func GC() {
	collect()
	Gosched()
}

func collect()

// NumCPU is the machine's CPU count, which the engine (one CPU) cannot give: a call
// whose result is dropped or passed straight to GOMAXPROCS runs, any other use is
// refused (vm/natives/runtime.rs).
func NumCPU() int

// MemStats keeps the one figure of Go's that the engine can stand behind:
// NumForcedGC, the collections the program forced with GC (Go counts exactly its
// calls, unless one lands while a collection Go started on its own is running).
// The other fields are left out, so reading one is refused by name
// (`not supported here: runtime.MemStats.Alloc`): the byte and object counts
// (Alloc, TotalAlloc, Sys, Mallocs, Frees, HeapAlloc, ...) come from Go's
// allocator, its size classes, escape analysis and the runtime's own allocations,
// and differ between two runs of one Go binary; NumGC and the pause figures also
// count the collections Go starts when its heap passes its goal, which the
// engine's heap (not Go's, and blind to the bytes of strings) cannot tell.
type MemStats struct {
	NumForcedGC uint32
}

// String and GoString refuse to print a MemStats: Go prints every field, which the
// engine cannot give. (Go's MemStats has neither method; they exist only so that
// fmt stops here rather than print the one field.)
func (m MemStats) String() string {
	unsupported("printing a runtime.MemStats (Go's allocator's figures)")
	return ""
}

func (m MemStats) GoString() string {
	unsupported("printing a runtime.MemStats (Go's allocator's figures)")
	return ""
}

func ReadMemStats(m *MemStats) { m.NumForcedGC = uint32(gcCalls()) }

func gcCalls() int

func unsupported(what string)

// The platform the engine's results are checked against: a Go 1.27.3 binary for
// linux/amd64 (math's last bits, the sizes %v of a pointer shows), whatever the
// reader's machine is.
const GOOS = "linux"

const GOARCH = "amd64"

const Compiler = "gc"

func Version() string { return "go1.27.3" }

// KeepAlive keeps nothing alive longer here: the collector never runs finalizers.
func KeepAlive(x any) {}
