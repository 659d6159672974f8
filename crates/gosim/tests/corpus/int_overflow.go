package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 127+1 =", i8)
	i8 = -128
	i8--
	fmt.Println("int8 -128-1 =", i8)

	var u8 uint8 = 250
	for k := 0; k < 3; k++ {
		u8 += 3
		fmt.Printf("%d ", u8)
	}
	fmt.Println()
	var u uint = 0
	u--
	fmt.Println(u, u == ^uint(0))
	var u16 uint16 = 1
	fmt.Println(u16<<15, u16<<16, -u16)

	var i32 int32 = 1 << 30
	fmt.Println(i32*2, i32*4)
	var big int64 = 1<<63 - 1
	fmt.Println(big, big+1)

	// Division truncates toward zero; the remainder takes the dividend's sign.
	for _, p := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}} {
		fmt.Printf("%3d / %2d = %2d   %3d %% %2d = %2d\n", p[0], p[1], p[0]/p[1], p[0], p[1], p[0]%p[1])
	}

	x := -16
	fmt.Println(x>>2, x<<2, uint8(x), int8(200+x))
	n := 3
	fmt.Println(1<<n, 0xff>>n, 1<<n-1)
	var sh uint = 70
	fmt.Println(int64(1)<<sh, uint32(1)<<31)
	fmt.Println(5&3, 5|3, 5^3, 5&^3, ^5)
	f := 3.99
	fmt.Println(int(f), int(-f), uint8(int(f)+254))
	fmt.Println(int8(-128)/int8(-1+0*n), 0x7f, 0o17, 0b101, 1_000_000)
}
