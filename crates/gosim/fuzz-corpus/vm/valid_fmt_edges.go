package main

import "fmt"

// Odd format strings: huge widths and precisions, bad argument indexes, missing and
// extra arguments, verbs that do not fit the operand.
func main() {
	x, s, p := -7, "é日本", &struct{ a, b int }{1, 2}
	var a any = x
	fmt.Printf("%9999999999d|%.1000f|%[3]v %[0]d %[-1]d|%!|%*d %.*f\n", x, s, p)
	fmt.Printf("%-010.3x|%+q|%#v|%T %p|%c %U %b %o %e %g|%08.3v %x %X\n", s, s, p, a, p, x, x, x, x, x, x, a, s, s)
	fmt.Printf("%", x)
	fmt.Printf("%d %d %d\n")
	fmt.Println(fmt.Sprintf("%v %s", nil, []any{nil, p, x, s}), fmt.Sprint(p, a, nil))
}
