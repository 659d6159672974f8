package main

import "fmt"

// bits lists which of the top bits of hi are set: 1<<63 becomes a uint64 from the
// other operand of &, as Go types a non-constant shift of an untyped constant.
func bits(hi uint64) []int {
	var out []int
	for n := 0; n < 8; n++ {
		if hi&(1<<63>>n) != 0 {
			out = append(out, n)
		}
	}
	return out
}

func main() {
	fmt.Println(bits(0xA5 << 56))
	var mask uint32 = 0xF0
	s := 4
	fmt.Println(mask|(1<<31>>s), mask&^(1<<7>>(s-3)))
	var u8 uint8 = 200
	fmt.Println(u8 + (1<<7>>s), (1<<s)+u8)
	f := 1 << s
	fmt.Printf("%T %v\n", f, f)
}
