// Package sort: Go 1.27's algorithms, step for step, so that equal elements end in
// Go's order and a Less with side effects (a counter) sees Go's calls: pattern-defeating
// quicksort for Sort and Slice (insertion sort at 12 elements or fewer, a heapsort when
// the partitions stay unbalanced, pattern breaking from an xorshift seeded with the
// length), and for Stable insertion-sorted blocks of 20 merged by SymMerge.
package sort

func lenOf(x any) int

func swapIn(x any, i, j int)

// kindOf is x's reflect.Kind number (0 for a nil interface).
func kindOf(x any) int

func unsupported(what string)

var kindNames = []string{"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array", "chan", "func", "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer"}

const sliceKind = 23

// valueError is Go's *internal/reflectlite.ValueError (the compiler gives it that
// name for %T): Slice and SliceStable take reflect's Swapper of x, which panics
// with one unless x holds a slice. Go's Kind field is a number; %#v is refused.
type valueError struct {
	method string
	kind   int
}

func (e *valueError) Error() string {
	if e.kind == 0 {
		return "reflect: call of " + e.method + " on zero Value"
	}
	return "reflect: call of " + e.method + " on " + kindNames[e.kind] + " Value"
}

func (e *valueError) GoString() string {
	unsupported("%#v of a *reflectlite.ValueError")
	return ""
}

// mustSlice panics as reflect's Swapper does when x holds no slice.
func mustSlice(x any) {
	if k := kindOf(x); k != sliceKind {
		panic(&valueError{"Swapper", k})
	}
}

// Interface is what Sort, Stable and IsSorted need of a collection.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// sliceData is a slice sorted through the reader's less and the engine's swap, as
// Go's Slice sorts through reflect's Swapper.
type sliceData struct {
	x    any
	less func(i, j int) bool
}

func (d *sliceData) Len() int           { return lenOf(d.x) }
func (d *sliceData) Less(i, j int) bool { return d.less(i, j) }
func (d *sliceData) Swap(i, j int)      { swapIn(d.x, i, j) }

func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdq(data, 0, n, bitLen(n))
}

func Slice(x any, less func(i, j int) bool) {
	mustSlice(x)
	n := lenOf(x)
	pdq(&sliceData{x, less}, 0, n, bitLen(n))
}

func Stable(data Interface) { stable(data, data.Len()) }

func SliceStable(x any, less func(i, j int) bool) {
	mustSlice(x)
	stable(&sliceData{x, less}, lenOf(x))
}

func Ints(x []int) { Sort(IntSlice(x)) }

func Strings(x []string) { Sort(StringSlice(x)) }

// bitLen is how many bits n takes (math/bits.Len).
func bitLen(n int) int {
	k := 0
	for u := uint(n); u != 0; u >>= 1 {
		k++
	}
	return k
}

// The pivot's neighbourhood as choosePivot reads it from its comparisons.
const (
	trendUnknown = iota
	trendUp
	trendDown
)

// pdq sorts data[lo:hi]; budget is how many unbalanced partitions it may still
// make before it gives up on quicksort for a heapsort.
func pdq(data Interface, lo, hi, budget int) {
	balanced, partitioned := true, true
	for {
		n := hi - lo
		if n <= 12 {
			insertion(data, lo, hi)
			return
		}
		if budget == 0 {
			heapsort(data, lo, hi)
			return
		}
		if !balanced {
			scatter(data, lo, hi)
			budget--
		}
		p, trend := pickPivot(data, lo, hi)
		if trend == trendDown {
			flip(data, lo, hi)
			p = hi - 1 - (p - lo)
			trend = trendUp
		}
		if balanced && partitioned && trend == trendUp && nearlySorted(data, lo, hi) {
			return
		}
		// An element before the range no greater than the pivot: the pivot's equals
		// go left in one pass and only what is greater is left to sort.
		if lo > 0 && !data.Less(lo-1, p) {
			lo = splitEqual(data, lo, hi, p)
			continue
		}
		mid, untouched := split(data, lo, hi, p)
		partitioned = untouched
		if mid-lo < hi-mid {
			balanced = mid-lo >= n/8
			pdq(data, lo, mid, budget)
			lo = mid + 1
		} else {
			balanced = hi-mid >= n/8
			pdq(data, mid+1, hi, budget)
			hi = mid
		}
	}
}

func insertion(data Interface, lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// sift moves the root'th node of the heap laid out at data[base:base+n] down.
func sift(data Interface, root, n, base int) {
	for {
		c := 2*root + 1
		if c >= n {
			return
		}
		if c+1 < n && data.Less(base+c, base+c+1) {
			c++
		}
		if !data.Less(base+root, base+c) {
			return
		}
		data.Swap(base+root, base+c)
		root = c
	}
}

func heapsort(data Interface, lo, hi int) {
	n := hi - lo
	for i := (n - 1) / 2; i >= 0; i-- {
		sift(data, i, n, lo)
	}
	for i := n - 1; i >= 0; i-- {
		data.Swap(lo, lo+i)
		sift(data, 0, i, lo)
	}
}

// scatter swaps three elements at the middle with places an xorshift generator
// (seeded with the length, so every run is the same) picks.
func scatter(data Interface, lo, hi int) {
	n := hi - lo
	if n < 8 {
		return
	}
	r := uint64(n)
	mask := uint(1)<<uint(bitLen(n)) - 1
	mid := lo + n/4*2
	for at := mid - 1; at <= mid+1; at++ {
		r ^= r << 13
		r ^= r >> 7
		r ^= r << 17
		other := int(uint(r) & mask)
		if other >= n {
			other -= n
		}
		data.Swap(at, lo+other)
	}
}

// pickPivot takes the median of three quarter points (of three medians of three
// from 50 elements on); the swaps those medians would make tell the trend.
func pickPivot(data Interface, lo, hi int) (int, int) {
	n := hi - lo
	q := n / 4
	i, j, k := lo+q, lo+2*q, lo+3*q
	swaps := 0
	if n >= 8 {
		if n >= 50 {
			i, swaps = median3(data, i-1, i, i+1, swaps)
			j, swaps = median3(data, j-1, j, j+1, swaps)
			k, swaps = median3(data, k-1, k, k+1, swaps)
		}
		j, swaps = median3(data, i, j, k, swaps)
	}
	if swaps == 0 {
		return j, trendUp
	}
	if swaps == 12 {
		return j, trendDown
	}
	return j, trendUnknown
}

// median3 is the index of the middle one of a, b, c, and swaps plus the
// exchanges ordering them took.
func median3(data Interface, a, b, c, swaps int) (int, int) {
	if data.Less(b, a) {
		a, b = b, a
		swaps++
	}
	if data.Less(c, b) {
		b = c
		swaps++
	}
	if data.Less(b, a) {
		b = a
		swaps++
	}
	return b, swaps
}

func flip(data Interface, lo, hi int) {
	for i, j := lo, hi-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// split partitions data[lo:hi] around the pivot at p (moved to lo during the
// pass): what is less to its left, the rest to its right. It returns the pivot's
// final place and whether nothing had to move.
func split(data Interface, lo, hi, p int) (int, bool) {
	data.Swap(lo, p)
	i, j := lo+1, hi-1
	untouched := true
	for {
		for i <= j && data.Less(i, lo) {
			i++
		}
		for i <= j && !data.Less(j, lo) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
		untouched = false
	}
	data.Swap(j, lo)
	return j, untouched
}

// splitEqual moves the elements equal to the pivot (none is less) to the front and
// returns where the greater ones start.
func splitEqual(data Interface, lo, hi, p int) int {
	data.Swap(lo, p)
	i, j := lo+1, hi-1
	for {
		for i <= j && !data.Less(lo, i) {
			i++
		}
		for i <= j && data.Less(lo, j) {
			j--
		}
		if i > j {
			return i
		}
		data.Swap(i, j)
		i++
		j--
	}
}

// nearlySorted reports whether data[lo:hi] is sorted, fixing up to five out-of-order
// neighbours on the way (only from 50 elements on). As in Go, the shift to the left
// runs down to index 1 of the whole data, not to lo.
func nearlySorted(data Interface, lo, hi int) bool {
	i := lo + 1
	for step := 0; step < 5; step++ {
		for i < hi && !data.Less(i, i-1) {
			i++
		}
		if i == hi {
			return true
		}
		if hi-lo < 50 {
			return false
		}
		data.Swap(i, i-1)
		if i-lo >= 2 {
			for j := i - 1; j >= 1 && data.Less(j, j-1); j-- {
				data.Swap(j, j-1)
			}
		}
		if hi-i >= 2 {
			for j := i + 1; j < hi && data.Less(j, j-1); j++ {
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

// stable insertion-sorts blocks of 20, then merges neighbouring runs, doubling
// their size each pass.
func stable(data Interface, n int) {
	size := 20
	lo := 0
	for ; lo+size <= n; lo += size {
		insertion(data, lo, lo+size)
	}
	insertion(data, lo, n)
	for ; size < n; size *= 2 {
		lo = 0
		for ; lo+2*size <= n; lo += 2 * size {
			symMerge(data, lo, lo+size, lo+2*size)
		}
		if lo+size < n {
			symMerge(data, lo, lo+size, n)
		}
	}
}

// symMerge merges the sorted runs data[a:m] and data[m:b] in place (Kim and Kutzner's
// SymMerge), with a binary insertion when either run is a single element.
func symMerge(data Interface, a, m, b int) {
	if m-a == 1 {
		// Where data[a] goes in data[m:b]: after the elements less than it.
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		// Where data[m] goes in data[a:m]: after the elements not greater than it.
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !data.Less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start, r = n-b, mid
	} else {
		start, r = a, m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

// rotate exchanges the blocks data[a:m] and data[m:b] by block swaps.
func rotate(data Interface, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapBlocks(data, m-i, m, j)
			i -= j
		} else {
			swapBlocks(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapBlocks(data, m-i, m, i)
}

func swapBlocks(data Interface, a, b, n int) {
	for k := 0; k < n; k++ {
		data.Swap(a+k, b+k)
	}
}

func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

func SliceIsSorted(x any, less func(i, j int) bool) bool {
	// Go takes reflect's Len, which an array, string, map or channel has too.
	if k := kindOf(x); k != sliceKind {
		unsupported("sort.SliceIsSorted of a " + kindNames[k] + " (not a slice)")
	}
	n := lenOf(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns data with the opposite order.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Sort(x) }

type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()              { Sort(x) }

type Float64Slice []float64

func (x Float64Slice) Len() int           { return len(x) }
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j]) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()              { Sort(x) }

func Float64s(x []float64) { Sort(Float64Slice(x)) }

func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }

// Search returns the smallest i in [0, n) for which f(i) is true, or n.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if !f(h) {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// Find is Search with a three-way comparison: the first i in [0, n) whose cmp(i) is
// <= 0, and whether cmp(i) == 0 there (cmp is called once more at the end, as Go does).
func Find(n int, cmp func(int) int) (i int, found bool) {
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if cmp(h) > 0 {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo, lo < n && cmp(lo) == 0
}

func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}
