package runtime

// rtError is the value of a run-time panic such as an index out of range.
type rtError struct {
	msg string
}

func (e rtError) Error() string { return e.msg }

func (e rtError) RuntimeError() {}

func Gosched()

func NumGoroutine() int
