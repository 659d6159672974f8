package atomic

// Every operation here is one indivisible step of the machine and a scheduling
// point, so a reader can interleave other goroutines between any two of them.
func addInt32(p *int32, d int32) int32
func addInt64(p *int64, d int64) int64
func addUint32(p *uint32, d uint32) uint32
func addUint64(p *uint64, d uint64) uint64
func loadInt32(p *int32) int32
func loadInt64(p *int64) int64
func loadUint32(p *uint32) uint32
func loadUint64(p *uint64) uint64
func storeInt32(p *int32, v int32)
func storeInt64(p *int64, v int64)
func storeUint32(p *uint32, v uint32)
func storeUint64(p *uint64, v uint64)
func swapInt32(p *int32, v int32) int32
func swapInt64(p *int64, v int64) int64
func swapUint32(p *uint32, v uint32) uint32
func swapUint64(p *uint64, v uint64) uint64
func casInt32(p *int32, old, new int32) bool
func casInt64(p *int64, old, new int64) bool
func casUint32(p *uint32, old, new uint32) bool
func casUint64(p *uint64, old, new uint64) bool
func loadAny(p *any) any
func storeAny(p *any, v any)
func swapAny(p *any, v any) any
func casAny(p *any, old, new any) bool
func sameType(a, b any) bool

func AddInt32(addr *int32, delta int32) (new int32)    { return addInt32(addr, delta) }
func AddInt64(addr *int64, delta int64) (new int64)    { return addInt64(addr, delta) }
func AddUint32(addr *uint32, delta uint32) (new uint32) { return addUint32(addr, delta) }
func AddUint64(addr *uint64, delta uint64) (new uint64) { return addUint64(addr, delta) }

func LoadInt32(addr *int32) (val int32)    { return loadInt32(addr) }
func LoadInt64(addr *int64) (val int64)    { return loadInt64(addr) }
func LoadUint32(addr *uint32) (val uint32) { return loadUint32(addr) }
func LoadUint64(addr *uint64) (val uint64) { return loadUint64(addr) }

func StoreInt32(addr *int32, val int32)    { storeInt32(addr, val) }
func StoreInt64(addr *int64, val int64)    { storeInt64(addr, val) }
func StoreUint32(addr *uint32, val uint32) { storeUint32(addr, val) }
func StoreUint64(addr *uint64, val uint64) { storeUint64(addr, val) }

func SwapInt32(addr *int32, new int32) (old int32)    { return swapInt32(addr, new) }
func SwapInt64(addr *int64, new int64) (old int64)    { return swapInt64(addr, new) }
func SwapUint32(addr *uint32, new uint32) (old uint32) { return swapUint32(addr, new) }
func SwapUint64(addr *uint64, new uint64) (old uint64) { return swapUint64(addr, new) }

func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	return casInt32(addr, old, new)
}
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	return casInt64(addr, old, new)
}
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	return casUint32(addr, old, new)
}
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	return casUint64(addr, old, new)
}

// Int32 is an int32 used only through atomic operations.
type Int32 struct{ v int32 }

func (x *Int32) Load() int32           { return loadInt32(&x.v) }
func (x *Int32) Store(val int32)       { storeInt32(&x.v, val) }
func (x *Int32) Swap(new int32) int32  { return swapInt32(&x.v, new) }
func (x *Int32) Add(delta int32) int32 { return addInt32(&x.v, delta) }
func (x *Int32) CompareAndSwap(old, new int32) bool {
	return casInt32(&x.v, old, new)
}

type Int64 struct{ v int64 }

func (x *Int64) Load() int64           { return loadInt64(&x.v) }
func (x *Int64) Store(val int64)       { storeInt64(&x.v, val) }
func (x *Int64) Swap(new int64) int64  { return swapInt64(&x.v, new) }
func (x *Int64) Add(delta int64) int64 { return addInt64(&x.v, delta) }
func (x *Int64) CompareAndSwap(old, new int64) bool {
	return casInt64(&x.v, old, new)
}

type Uint32 struct{ v uint32 }

func (x *Uint32) Load() uint32            { return loadUint32(&x.v) }
func (x *Uint32) Store(val uint32)        { storeUint32(&x.v, val) }
func (x *Uint32) Swap(new uint32) uint32  { return swapUint32(&x.v, new) }
func (x *Uint32) Add(delta uint32) uint32 { return addUint32(&x.v, delta) }
func (x *Uint32) CompareAndSwap(old, new uint32) bool {
	return casUint32(&x.v, old, new)
}

type Uint64 struct{ v uint64 }

func (x *Uint64) Load() uint64            { return loadUint64(&x.v) }
func (x *Uint64) Store(val uint64)        { storeUint64(&x.v, val) }
func (x *Uint64) Swap(new uint64) uint64  { return swapUint64(&x.v, new) }
func (x *Uint64) Add(delta uint64) uint64 { return addUint64(&x.v, delta) }
func (x *Uint64) CompareAndSwap(old, new uint64) bool {
	return casUint64(&x.v, old, new)
}

// Bool keeps its value as a uint32, 0 or 1, as Go's does.
type Bool struct{ v uint32 }

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

func (x *Bool) Load() bool          { return loadUint32(&x.v) != 0 }
func (x *Bool) Store(val bool)      { storeUint32(&x.v, b32(val)) }
func (x *Bool) Swap(new bool) bool  { return swapUint32(&x.v, b32(new)) != 0 }
func (x *Bool) CompareAndSwap(old, new bool) bool {
	return casUint32(&x.v, b32(old), b32(new))
}

// A Value holds one dynamic type for its whole life: the first Store fixes it.
type Value struct {
	v any
}

func (v *Value) Load() (val any) { return loadAny(&v.v) }

func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	if cur := loadAny(&v.v); cur != nil && !sameType(cur, val) {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	storeAny(&v.v, val)
}

func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	if cur := loadAny(&v.v); cur != nil && !sameType(cur, new) {
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	return swapAny(&v.v, new)
}

func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if cur := loadAny(&v.v); cur != nil && !sameType(cur, new) {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	return casAny(&v.v, old, new)
}

type Pointer[T any] struct {
	v any
}

func (x *Pointer[T]) Load() *T {
	v := loadAny(&x.v)
	if v == nil {
		return nil
	}
	return v.(*T)
}

func (x *Pointer[T]) Store(val *T) { storeAny(&x.v, val) }

func (x *Pointer[T]) Swap(new *T) (old *T) {
	v := swapAny(&x.v, new)
	if v == nil {
		return nil
	}
	return v.(*T)
}

func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	if old == nil && casAny(&x.v, nil, new) {
		return true
	}
	return casAny(&x.v, old, new)
}
