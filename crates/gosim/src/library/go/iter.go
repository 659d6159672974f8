// Package iter: the iterator types. Pull and Pull2 run the iterator as a coroutine;
// a goroutine in its place leaves itself counted by NumGoroutine after the iterator
// ends, where Go's coroutine is gone, so a program calling them is refused by name.
package iter

type Seq[V any] func(yield func(V) bool)

type Seq2[K, V any] func(yield func(K, V) bool)
