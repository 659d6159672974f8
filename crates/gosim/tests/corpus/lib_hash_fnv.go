// hash/fnv's four hashes: Write, Sum32/Sum64, Sum (appended big-endian), Reset, sizes.
package main

import (
	"fmt"
	"hash"
	"hash/fnv"
)

func main() {
	inputs := []string{"", "a", "hello", "The quick brown fox jumps over the lazy dog", "\xff\x00\x80"}
	for _, s := range inputs {
		h1, h1a := fnv.New32(), fnv.New32a()
		h2, h2a := fnv.New64(), fnv.New64a()
		for _, h := range []hash.Hash{h1, h1a, h2, h2a} {
			n, err := h.Write([]byte(s))
			if n != len(s) || err != nil {
				panic("short write")
			}
		}
		fmt.Printf("%q %d %d %d %d\n", s, h1.Sum32(), h1a.Sum32(), h2.Sum64(), h2a.Sum64())
		fmt.Printf("  % x | % x\n", h1a.Sum([]byte{0xAB}), h2.Sum(nil))
	}
	h := fnv.New32a()
	h.Write([]byte("split "))
	h.Write([]byte("writes"))
	one := fnv.New32a()
	one.Write([]byte("split writes"))
	fmt.Println(h.Sum32() == one.Sum32(), h.Size(), h.BlockSize(), fnv.New64().Size())
	h.Reset()
	fmt.Println(h.Sum32())
	fmt.Printf("%T %T\n", h, fnv.New64())
	buckets := make([]int, 4)
	for _, k := range []string{"alice", "bob", "carol", "dave", "erin", "frank"} {
		f := fnv.New64a()
		f.Write([]byte(k))
		buckets[f.Sum64()%4]++
	}
	fmt.Println(buckets)
}
