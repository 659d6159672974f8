// Package hash: the interfaces hash functions implement.
package hash

import "io"

// A Hash is written to (Write never fails) and gives its sum appended to a slice.
type Hash interface {
	io.Writer
	Sum(b []byte) []byte
	Reset()
	Size() int
	BlockSize() int
}

type Hash32 interface {
	Hash
	Sum32() uint32
}

type Hash64 interface {
	Hash
	Sum64() uint64
}
