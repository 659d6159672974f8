package slices

import (
	"cmp"
	"iter"
)

// The sorts are Go 1.27's, step for step (see the end of this file), so equal elements
// end in Go's order and a cmp with side effects sees Go's calls.
func Sort[S ~[]E, E cmp.Ordered](x S) {
	n := len(x)
	pdq([]E(x), 0, n, bitLen(n), func(a, b E) int {
		if cmp.Less(a, b) {
			return -1
		}
		return 0
	})
}

func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	pdq([]E(x), 0, n, bitLen(n), cmp)
}

func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	stable([]E(x), len(x), cmp)
}

func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

func Contains[S ~[]E, E comparable](s S, v E) bool {
	return Index(s, v) >= 0
}

func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	return IndexFunc(s, f) >= 0
}

func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func Max[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = max(m, x[i])
	}
	return m
}

func Min[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = min(m, x[i])
	}
	return m
}

func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) > 0 {
			m = x[i]
		}
	}
	return m
}

func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) < 0 {
			m = x[i]
		}
	}
	return m
}

func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	i, j := 0, len(x)
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp.Less(x[h], target) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < len(x) && (x[i] == target || (x[i] != x[i] && target != target))
}

func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	i, j := 0, len(x)
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(x[h], target) < 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < len(x) && cmp(x[i], target) == 0
}

func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if !eq(s1[i], s2[i]) {
			return false
		}
	}
	return true
}

func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	for i := range s1 {
		if i >= len(s2) {
			return 1
		}
		if c := cmp.Compare(s1[i], s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:]
	m := len(v)
	if m == 0 {
		return s
	}
	n := len(s)
	if n+m > cap(s) {
		s2 := append(s[:i], make(S, n+m-i)...)
		copy(s2[i:], v)
		copy(s2[i+m:], s[i:])
		return s2
	}
	s = s[:n+m]
	copy(s[i+m:], s[i:n])
	copy(s[i:], v)
	return s
}

func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)]
	if i == j {
		return s
	}
	n := len(s)
	s = append(s[:i], s[j:]...)
	zero(s[len(s):n])
	return s
}

func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	k := 0
	for _, v := range s {
		if !del(v) {
			s[k] = v
			k++
		}
	}
	zero(s[k:])
	return s[:k]
}

func Compact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	k := 1
	for i := 1; i < len(s); i++ {
		if s[i] != s[k-1] {
			s[k] = s[i]
			k++
		}
	}
	zero(s[k:])
	return s[:k]
}

func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	k := 1
	for i := 1; i < len(s); i++ {
		if !eq(s[k-1], s[i]) {
			s[k] = s[i]
			k++
		}
	}
	zero(s[k:])
	return s[:k]
}

func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S([]E{}), s...)
}

func Concat[S ~[]E, E any](ss ...S) S {
	n := 0
	for _, s := range ss {
		n += len(s)
	}
	if n == 0 {
		return nil
	}
	out := make(S, 0, n)
	for _, s := range ss {
		out = append(out, s...)
	}
	return out
}

func zero[S ~[]E, E any](s S) {
	var z E
	for i := range s {
		s[i] = z
	}
}

// What follows is sort.go's pdqsort and stable sort over a slice with a cmp function
// (Go generates its variants from one template too): see sort.go for the comments.

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
func pdq[E any](data []E, lo, hi, budget int, cmp func(a, b E) int) {
	balanced, partitioned := true, true
	for {
		n := hi - lo
		if n <= 12 {
			insertion(data, lo, hi, cmp)
			return
		}
		if budget == 0 {
			heapsort(data, lo, hi, cmp)
			return
		}
		if !balanced {
			scatter(data, lo, hi, cmp)
			budget--
		}
		p, trend := pickPivot(data, lo, hi, cmp)
		if trend == trendDown {
			flip(data, lo, hi, cmp)
			p = hi - 1 - (p - lo)
			trend = trendUp
		}
		if balanced && partitioned && trend == trendUp && nearlySorted(data, lo, hi, cmp) {
			return
		}
		// An element before the range no greater than the pivot: the pivot's equals
		// go left in one pass and only what is greater is left to sort.
		if lo > 0 && !(cmp(data[lo-1], data[p]) < 0) {
			lo = splitEqual(data, lo, hi, p, cmp)
			continue
		}
		mid, untouched := split(data, lo, hi, p, cmp)
		partitioned = untouched
		if mid-lo < hi-mid {
			balanced = mid-lo >= n/8
			pdq(data, lo, mid, budget, cmp)
			lo = mid + 1
		} else {
			balanced = hi-mid >= n/8
			pdq(data, mid+1, hi, budget, cmp)
			hi = mid
		}
	}
}

func insertion[E any](data []E, lo, hi int, cmp func(a, b E) int) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && (cmp(data[j], data[j-1]) < 0); j-- {
			data[j], data[j-1] = data[j-1], data[j]
		}
	}
}

// sift moves the root'th node of the heap laid out at data[base:base+n] down.
func sift[E any](data []E, root, n, base int, cmp func(a, b E) int) {
	for {
		c := 2*root + 1
		if c >= n {
			return
		}
		if c+1 < n && (cmp(data[base+c], data[base+c+1]) < 0) {
			c++
		}
		if !(cmp(data[base+root], data[base+c]) < 0) {
			return
		}
		data[base+root], data[base+c] = data[base+c], data[base+root]
		root = c
	}
}

func heapsort[E any](data []E, lo, hi int, cmp func(a, b E) int) {
	n := hi - lo
	for i := (n - 1) / 2; i >= 0; i-- {
		sift(data, i, n, lo, cmp)
	}
	for i := n - 1; i >= 0; i-- {
		data[lo], data[lo+i] = data[lo+i], data[lo]
		sift(data, 0, i, lo, cmp)
	}
}

// scatter swaps three elements at the middle with places an xorshift generator
// (seeded with the length, so every run is the same) picks.
func scatter[E any](data []E, lo, hi int, cmp func(a, b E) int) {
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
		data[at], data[lo+other] = data[lo+other], data[at]
	}
}

// pickPivot takes the median of three quarter points (of three medians of three
// from 50 elements on); the swaps those medians would make tell the trend.
func pickPivot[E any](data []E, lo, hi int, cmp func(a, b E) int) (int, int) {
	n := hi - lo
	q := n / 4
	i, j, k := lo+q, lo+2*q, lo+3*q
	swaps := 0
	if n >= 8 {
		if n >= 50 {
			i, swaps = median3(data, i-1, i, i+1, swaps, cmp)
			j, swaps = median3(data, j-1, j, j+1, swaps, cmp)
			k, swaps = median3(data, k-1, k, k+1, swaps, cmp)
		}
		j, swaps = median3(data, i, j, k, swaps, cmp)
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
func median3[E any](data []E, a, b, c, swaps int, cmp func(a, b E) int) (int, int) {
	if (cmp(data[b], data[a]) < 0) {
		a, b = b, a
		swaps++
	}
	if (cmp(data[c], data[b]) < 0) {
		b = c
		swaps++
	}
	if (cmp(data[b], data[a]) < 0) {
		b = a
		swaps++
	}
	return b, swaps
}

func flip[E any](data []E, lo, hi int, cmp func(a, b E) int) {
	for i, j := lo, hi-1; i < j; i, j = i+1, j-1 {
		data[i], data[j] = data[j], data[i]
	}
}

// split partitions data[lo:hi] around the pivot at p (moved to lo during the
// pass): what is less to its left, the rest to its right. It returns the pivot's
// final place and whether nothing had to move.
func split[E any](data []E, lo, hi, p int, cmp func(a, b E) int) (int, bool) {
	data[lo], data[p] = data[p], data[lo]
	i, j := lo+1, hi-1
	untouched := true
	for {
		for i <= j && (cmp(data[i], data[lo]) < 0) {
			i++
		}
		for i <= j && !(cmp(data[j], data[lo]) < 0) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
		untouched = false
	}
	data[j], data[lo] = data[lo], data[j]
	return j, untouched
}

// splitEqual moves the elements equal to the pivot (none is less) to the front and
// returns where the greater ones start.
func splitEqual[E any](data []E, lo, hi, p int, cmp func(a, b E) int) int {
	data[lo], data[p] = data[p], data[lo]
	i, j := lo+1, hi-1
	for {
		for i <= j && !(cmp(data[lo], data[i]) < 0) {
			i++
		}
		for i <= j && (cmp(data[lo], data[j]) < 0) {
			j--
		}
		if i > j {
			return i
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
}

// nearlySorted reports whether data[lo:hi] is sorted, fixing up to five out-of-order
// neighbours on the way (only from 50 elements on). As in Go, the shift to the left
// runs down to index 1 of the whole data, not to lo.
func nearlySorted[E any](data []E, lo, hi int, cmp func(a, b E) int) bool {
	i := lo + 1
	for step := 0; step < 5; step++ {
		for i < hi && !(cmp(data[i], data[i-1]) < 0) {
			i++
		}
		if i == hi {
			return true
		}
		if hi-lo < 50 {
			return false
		}
		data[i], data[i-1] = data[i-1], data[i]
		if i-lo >= 2 {
			for j := i - 1; j >= 1 && (cmp(data[j], data[j-1]) < 0); j-- {
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
		if hi-i >= 2 {
			for j := i + 1; j < hi && (cmp(data[j], data[j-1]) < 0); j++ {
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
	}
	return false
}

// stable insertion-sorts blocks of 20, then merges neighbouring runs, doubling
// their size each pass.
func stable[E any](data []E, n int, cmp func(a, b E) int) {
	size := 20
	lo := 0
	for ; lo+size <= n; lo += size {
		insertion(data, lo, lo+size, cmp)
	}
	insertion(data, lo, n, cmp)
	for ; size < n; size *= 2 {
		lo = 0
		for ; lo+2*size <= n; lo += 2 * size {
			symMerge(data, lo, lo+size, lo+2*size, cmp)
		}
		if lo+size < n {
			symMerge(data, lo, lo+size, n, cmp)
		}
	}
}

// symMerge merges the sorted runs data[a:m] and data[m:b] in place (Kim and Kutzner's
// SymMerge), with a binary insertion when either run is a single element.
func symMerge[E any](data []E, a, m, b int, cmp func(a, b E) int) {
	if m-a == 1 {
		// Where data[a] goes in data[m:b]: after the elements less than it.
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if (cmp(data[h], data[a]) < 0) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data[k], data[k+1] = data[k+1], data[k]
		}
		return
	}
	if b-m == 1 {
		// Where data[m] goes in data[a:m]: after the elements not greater than it.
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !(cmp(data[m], data[h]) < 0) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data[k], data[k-1] = data[k-1], data[k]
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
		if !(cmp(data[p-c], data[c]) < 0) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end, cmp)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid, cmp)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b, cmp)
	}
}

// rotate exchanges the blocks data[a:m] and data[m:b] by block swaps.
func rotate[E any](data []E, a, m, b int, cmp func(a, b E) int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapBlocks(data, m-i, m, j, cmp)
			i -= j
		} else {
			swapBlocks(data, m-i, m+j-i, i, cmp)
			j -= i
		}
	}
	swapBlocks(data, m-i, m, i, cmp)
}

func swapBlocks[E any](data []E, a, b, n int, cmp func(a, b E) int) {
	for k := 0; k < n; k++ {
		data[a+k], data[b+k] = data[b+k], data[a+k]
	}
}

func All[S ~[]E, E any](s S) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func Values[S ~[]E, E any](s S) iter.Seq[E] {
	return func(yield func(E) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

func Backward[S ~[]E, E any](s S) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

func AppendSeq[S ~[]E, E any](s S, seq iter.Seq[E]) S {
	for v := range seq {
		s = append(s, v)
	}
	return s
}

func Collect[E any](seq iter.Seq[E]) []E {
	return AppendSeq([]E(nil), seq)
}

func Sorted[E cmp.Ordered](seq iter.Seq[E]) []E {
	s := Collect(seq)
	Sort(s)
	return s
}

func SortedFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E {
	s := Collect(seq)
	SortFunc(s, cmp)
	return s
}

func SortedStableFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E {
	s := Collect(seq)
	SortStableFunc(s, cmp)
	return s
}

func Chunk[S ~[]E, E any](s S, n int) iter.Seq[S] {
	if n < 1 {
		panic("cannot be less than 1")
	}
	return func(yield func(S) bool) {
		for lo := 0; lo < len(s); lo += n {
			hi := lo + n
			if hi > len(s) {
				hi = len(s)
			}
			if !yield(s[lo:hi:hi]) {
				return
			}
		}
	}
}
