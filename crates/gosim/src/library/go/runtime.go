package runtime

// rtError is the value of a run-time panic such as an index out of range.
type rtError struct {
	msg string
}

func (e rtError) Error() string { return e.msg }

func (e rtError) RuntimeError() {}

func Gosched()

func NumGoroutine() int

// GOMAXPROCS sets the number of Ps the model has when n > 0 and returns the
// previous setting (1 at start). Goroutines still run one at a time; the setting
// decides whether a contended sync.Mutex may spin.
func GOMAXPROCS(n int) int

// Goexit runs the calling goroutine's deferred calls, newest first, and ends it;
// recover sees nothing meanwhile (vm::goexit). Refused on the main goroutine.
func Goexit()
// GC runs a full collection of the engine's heap.
func GC()

// NumCPU is 1: the model runs goroutines one at a time, and the answer must not
// depend on the reader's machine.
func NumCPU() int
