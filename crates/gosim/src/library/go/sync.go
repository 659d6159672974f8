package sync

// The runtime hooks sync is built on: atomics (each one a scheduling point) and the
// runtime semaphore (go-facts.md section 0).
func load32(p *int32) int32
func cas32(p *int32, old, new int32) bool
func add32(p *int32, delta int32) int32
func load64(p *int64) int64
func cas64(p *int64, old, new int64) bool
func add64(p *int64, delta int64) int64
func store64(p *int64, v int64)
func semacquire(addr *uint32, lifo bool, reason string)
func semrelease(addr *uint32, handoff bool)
func fatal(msg string)
func nanotime() int64

// The Ps a contended Lock may spin on (go-facts.md section 1): canSpin is
// runtime_canSpin's rule over the modelled Ps, doSpin one spin (a scheduling point).
func canSpin(iter int) bool
func doSpin()

// Sub-step markers for a reader who expands a sync operation (session detail
// "sub-steps"): label names the operation the next runtime call carries out, and
// substep stops here. Both do nothing at the default detail.
func label(what string)
func substep(what string)

// Happens-before edges for the race detector, at the points where Go's sync package
// annotates them (its internal atomics make none).
func raceAcquire(addr any)
func raceRelease(addr any)
func raceReleaseMerge(addr any)

type Locker interface {
	Lock()
	Unlock()
}

const (
	mutexLocked           = 1
	mutexWoken            = 2
	mutexStarving         = 4
	mutexWaiterShift      = 3
	starvationThresholdNs = 1000000
)

// A Mutex keeps Go's state word: bit 0 locked, bit 1 woken, bit 2 starving, and the
// number of waiters above bit 3; sema is the runtime semaphore waiters park on.
type Mutex struct {
	state int32
	sema  uint32
}

func (m *Mutex) Lock() {
	// Fast path: an unlocked, uncontended mutex.
	label("fast-path CAS")
	if cas32(&m.state, 0, mutexLocked) {
		raceAcquire(m)
		return
	}
	m.lockSlow()
	raceAcquire(m)
}

func (m *Mutex) TryLock() bool {
	old := load32(&m.state)
	if old&(mutexLocked|mutexStarving) != 0 {
		substep("TryLock: locked or starving, fail")
		return false
	}
	label("TryLock: one CAS")
	if !cas32(&m.state, old, old|mutexLocked) {
		return false
	}
	raceAcquire(m)
	return true
}

func (m *Mutex) lockSlow() {
	var waitStartTime int64
	starving := false
	awoke := false
	iter := 0
	old := load32(&m.state)
	for {
		// Spin while the holder may be running on another P (canSpin models the
		// Ps; with GOMAXPROCS 1, the default, it never holds). Never in starvation
		// mode, where the mutex goes to the oldest waiter.
		if old&(mutexLocked|mutexStarving) == mutexLocked && canSpin(iter) {
			// Setting mutexWoken tells Unlock not to wake a sleeper: this goroutine
			// is awake and about to compete.
			if !awoke && old&mutexWoken == 0 && old>>mutexWaiterShift != 0 {
				label("spin: set mutexWoken")
				if cas32(&m.state, old, old|mutexWoken) {
					awoke = true
				}
			}
			doSpin()
			iter++
			old = load32(&m.state)
			continue
		}
		new := old
		if old&mutexStarving == 0 {
			new |= mutexLocked
		}
		if old&(mutexLocked|mutexStarving) != 0 {
			new += 1 << mutexWaiterShift
		}
		if starving && old&mutexLocked != 0 {
			new |= mutexStarving
		}
		if awoke {
			if new&mutexWoken == 0 {
				fatal("sync: inconsistent mutex state")
			}
			new &^= mutexWoken
		}
		if old&(mutexLocked|mutexStarving) == 0 {
			if awoke {
				label("compete: CAS to take the lock")
			} else {
				label("CAS to take the lock")
			}
		} else if new&mutexStarving != 0 && old&mutexStarving == 0 {
			if awoke {
				label("compete and lose, enter starvation: register as waiter again")
			} else {
				label("enter starvation: register as waiter")
			}
		} else if awoke {
			label("compete and lose: register as waiter again")
		} else {
			label("register as waiter")
		}
		if cas32(&m.state, old, new) {
			if old&(mutexLocked|mutexStarving) == 0 {
				return
			}
			queueLifo := waitStartTime != 0
			if waitStartTime == 0 {
				waitStartTime = nanotime()
			}
			if queueLifo {
				label("park on sema (LIFO: at the front)")
			} else {
				label("park on sema (FIFO: at the back)")
			}
			semacquire(&m.sema, queueLifo, "sync.Mutex.Lock")
			starving = starving || nanotime()-waitStartTime > starvationThresholdNs
			old = load32(&m.state)
			if old&mutexStarving != 0 {
				// Ownership was handed to us; we are still counted as a waiter.
				if old&(mutexLocked|mutexWoken) != 0 || old>>mutexWaiterShift == 0 {
					fatal("sync: inconsistent mutex state")
				}
				delta := int32(mutexLocked - 1<<mutexWaiterShift)
				if !starving || old>>mutexWaiterShift == 1 {
					delta -= mutexStarving
					label("handoff: take ownership, leave starvation")
				} else {
					label("handoff: take ownership")
				}
				add32(&m.state, delta)
				return
			}
			substep("wake: compete with running goroutines")
			awoke = true
			iter = 0
		} else {
			old = load32(&m.state)
		}
	}
}

func (m *Mutex) Unlock() {
	raceRelease(m)
	label("fast-path add")
	new := add32(&m.state, -mutexLocked)
	if new != 0 {
		m.unlockSlow(new)
	}
}

func (m *Mutex) unlockSlow(new int32) {
	if (new+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if new&mutexStarving == 0 {
		old := new
		for {
			if old>>mutexWaiterShift == 0 || old&(mutexLocked|mutexWoken|mutexStarving) != 0 {
				if old>>mutexWaiterShift != 0 && old&mutexWoken != 0 {
					substep("no wake: mutexWoken is set")
				}
				return
			}
			new = (old - 1<<mutexWaiterShift) | mutexWoken
			label("wake: take a waiter off the count, set mutexWoken")
			if cas32(&m.state, old, new) {
				label("wake the queue's head")
				semrelease(&m.sema, false)
				return
			}
			old = load32(&m.state)
		}
	} else {
		label("starvation mode: hand off to the queue's head")
		semrelease(&m.sema, true)
	}
}

// A WaitGroup keeps the counter in the high 32 bits of state and the number of
// waiters in the low bits.
type WaitGroup struct {
	state int64
	sema  uint32
}

func (wg *WaitGroup) Add(delta int) {
	if delta < 0 {
		raceReleaseMerge(wg)
	}
	label("add to the counter")
	state := add64(&wg.state, int64(delta)<<32)
	v := int32(state >> 32)
	w := uint32(state & 0x7fffffff)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if w != 0 && delta > 0 && v == int32(delta) {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if v > 0 || w == 0 {
		return
	}
	if load64(&wg.state) != state {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	store64(&wg.state, 0)
	for ; w != 0; w-- {
		label("wake a waiter")
		semrelease(&wg.sema, false)
	}
}

func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

func (wg *WaitGroup) Wait() {
	for {
		state := load64(&wg.state)
		v := int32(state >> 32)
		if v == 0 {
			substep("counter is 0: return at once")
			raceAcquire(wg)
			return
		}
		label("register as waiter")
		if cas64(&wg.state, state, state+1) {
			label("park on sema (FIFO: at the back)")
			semacquire(&wg.sema, false, "sync.WaitGroup.Wait")
			if load64(&wg.state) != 0 {
				panic("sync: WaitGroup is reused before previous Wait has returned")
			}
			raceAcquire(wg)
			return
		}
	}
}

// Go runs f in a new goroutine counted by the WaitGroup. If f panics, the panic goes
// on without Done, so Wait cannot return (and main exit) before it is reported.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer func() {
			if x := recover(); x != nil {
				panic(x)
			}
			wg.Done()
		}()
		f()
	}()
}

func store32(p *int32, v int32)

// ----- RWMutex (go-facts.md section 2) -----

const rwmutexMaxReaders = 1 << 30

// An RWMutex keeps Go's fields: w serializes writers; readerCount counts pending
// and active readers, minus rwmutexMaxReaders while a writer is pending or active;
// readerWait counts the readers a pending writer still waits for.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

func (rw *RWMutex) RLock() {
	label("announce a reader (readerCount+1)")
	if add32(&rw.readerCount, 1) < 0 {
		// A writer is pending: wait for it, so writers cannot starve.
		label("a writer is pending: park on readerSem")
		semacquire(&rw.readerSem, false, "sync.RWMutex.RLock")
	}
	raceAcquire(&rw.readerSem)
}

func (rw *RWMutex) TryRLock() bool {
	for {
		c := load32(&rw.readerCount)
		if c < 0 {
			return false
		}
		if cas32(&rw.readerCount, c, c+1) {
			raceAcquire(&rw.readerSem)
			return true
		}
	}
}

func (rw *RWMutex) RUnlock() {
	raceReleaseMerge(&rw.writerSem)
	label("reader leaves (readerCount-1)")
	if r := add32(&rw.readerCount, -1); r < 0 {
		rw.rUnlockSlow(r)
	}
}

func (rw *RWMutex) rUnlockSlow(r int32) {
	if r+1 == 0 || r+1 == -rwmutexMaxReaders {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	// A writer is pending; the last departing reader lets it in.
	label("departing reader (readerWait-1)")
	if add32(&rw.readerWait, -1) == 0 {
		label("last departing reader wakes the writer")
		semrelease(&rw.writerSem, false)
	}
}

func (rw *RWMutex) Lock() {
	rw.w.Lock()
	// Announce the writer, then wait for the readers active at that moment.
	label("announce the writer (readerCount-max)")
	r := add32(&rw.readerCount, -rwmutexMaxReaders) + rwmutexMaxReaders
	if r != 0 {
		label("count the readers to wait for (readerWait+r)")
	}
	if r != 0 && add32(&rw.readerWait, r) != 0 {
		label("park on writerSem until they leave")
		semacquire(&rw.writerSem, false, "sync.RWMutex.Lock")
	}
	raceAcquire(&rw.readerSem)
	raceAcquire(&rw.writerSem)
}

func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !cas32(&rw.readerCount, 0, -rwmutexMaxReaders) {
		rw.w.Unlock()
		return false
	}
	raceAcquire(&rw.readerSem)
	raceAcquire(&rw.writerSem)
	return true
}

func (rw *RWMutex) Unlock() {
	raceRelease(&rw.readerSem)
	label("writer leaves (readerCount+max)")
	r := add32(&rw.readerCount, rwmutexMaxReaders)
	if r >= rwmutexMaxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	// Let in every reader that queued behind this writer.
	for i := 0; i < int(r); i++ {
		label("wake a reader that queued")
		semrelease(&rw.readerSem, false)
	}
	rw.w.Unlock()
}

type rlocker struct {
	rw *RWMutex
}

func (r *rlocker) Lock()   { r.rw.RLock() }
func (r *rlocker) Unlock() { r.rw.RUnlock() }

// RLocker returns a Locker whose Lock and Unlock are rw's RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return &rlocker{rw}
}

// ----- Once (go-facts.md section 4) -----

// A Once runs a function once. done is set only after f returns (by a deferred
// store, so also when f panics), and latecomers wait on m until then.
type Once struct {
	done int32
	m    Mutex
}

func (o *Once) Do(f func()) {
	// done is an atomic flag in Go: its load and store order f before every Do
	// that sees it set.
	if load32(&o.done) == 0 {
		o.doSlow(f)
		return
	}
	raceAcquire(&o.done)
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer o.markDone()
		f()
	}
}

func (o *Once) markDone() {
	raceReleaseMerge(&o.done)
	store32(&o.done, 1)
}

// OnceFunc returns a function that calls f only the first time; if f panicked, every
// call panics again with the same value.
func OnceFunc(f func()) func() {
	var once Once
	valid := false
	var p any
	call := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		f()
		f = nil
		valid = true
	}
	return func() {
		once.Do(call)
		if !valid {
			panic(p)
		}
	}
}

// OnceValue and OnceValues keep a panic in f and raise it again on every call.
func OnceValue[T any](f func() T) func() T {
	var once Once
	valid := false
	var p any
	var result T
	call := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		result = f()
		f = nil
		valid = true
	}
	return func() T {
		once.Do(call)
		if !valid {
			panic(p)
		}
		return result
	}
}

func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var once Once
	valid := false
	var p any
	var r1 T1
	var r2 T2
	call := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		r1, r2 = f()
		f = nil
		valid = true
	}
	return func() (T1, T2) {
		once.Do(call)
		if !valid {
			panic(p)
		}
		return r1, r2
	}
}

// ----- Cond (go-facts.md section 5) -----

// notifyList mirrors the runtime's: wait is the next ticket to hand out, notify
// the next ticket to wake; the waiting goroutines are queued by the runtime.
type notifyList struct {
	wait   int32
	notify int32
}

func notifyListWait(l *notifyList, t int32)
func notifyListNotifyOne(l *notifyList)
func notifyListNotifyAll(l *notifyList)

type Cond struct {
	L      Locker
	notify notifyList
}

func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait takes its ticket while L is still held, unlocks L, sleeps until notified,
// and locks L again before returning.
func (c *Cond) Wait() {
	label("take a ticket")
	t := add32(&c.notify.wait, 1) - 1
	c.L.Unlock()
	label("park on the notify list")
	notifyListWait(&c.notify, t)
	substep("relock after Cond.Wait")
	c.L.Lock()
}

// Signal wakes the goroutine waiting longest, if any.
func (c *Cond) Signal() {
	notifyListNotifyOne(&c.notify)
}

// Broadcast wakes every waiting goroutine.
func (c *Cond) Broadcast() {
	notifyListNotifyAll(&c.notify)
}

// ----- Map -----

// A Map is safe for concurrent use. Go 1.24+ builds it on a hash-trie whose Load and
// Range take no lock and whose writers lock a node: modelled as one map, one writers'
// mutex, and a race word every operation acquires and every write releases. Range
// visits the keys present when it starts (Go promises no consistent snapshot, and its
// order is random: any order is Go's). A comparison that panics inside CompareAndDelete
// leaves the writers' lock held, as Go's node lock is (CompareAndSwap compares first).
type Map struct {
	mu   Mutex
	m    map[any]any
	race int32
}

func (m *Map) Load(key any) (value any, ok bool) {
	raceAcquire(&m.race)
	value, ok = m.m[key]
	return
}

func (m *Map) Store(key, value any) { m.Swap(key, value) }

func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	_ = map[any]bool{key: true}
	m.mu.Lock()
	raceAcquire(&m.race)
	if m.m == nil {
		m.m = map[any]any{}
	}
	previous, loaded = m.m[key]
	m.m[key] = value
	raceReleaseMerge(&m.race)
	m.mu.Unlock()
	return
}

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	if v, ok := m.Load(key); ok {
		return v, true
	}
	m.mu.Lock()
	raceAcquire(&m.race)
	if m.m == nil {
		m.m = map[any]any{}
	}
	if v, ok := m.m[key]; ok {
		m.mu.Unlock()
		return v, true
	}
	m.m[key] = value
	raceReleaseMerge(&m.race)
	m.mu.Unlock()
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	_ = map[any]bool{key: true}
	m.mu.Lock()
	raceAcquire(&m.race)
	value, loaded = m.m[key]
	if loaded {
		delete(m.m, key)
		raceReleaseMerge(&m.race)
	}
	m.mu.Unlock()
	return
}

func (m *Map) Delete(key any) { m.LoadAndDelete(key) }

func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	// Go compares before it locks (a panicking comparison leaves no lock held), then
	// locks, with a deferred unlock, and swaps.
	if v, ok := m.Load(key); !ok || v != old {
		return false
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		m.m[key] = new
		raceReleaseMerge(&m.race)
		return true
	}
	return false
}

func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	_ = map[any]bool{key: true}
	m.mu.Lock()
	raceAcquire(&m.race)
	if v, ok := m.m[key]; ok && v == old {
		delete(m.m, key)
		raceReleaseMerge(&m.race)
		deleted = true
	}
	m.mu.Unlock()
	return
}

func (m *Map) Range(f func(key, value any) bool) {
	raceAcquire(&m.race)
	keys := make([]any, 0, len(m.m))
	for k := range m.m {
		keys = append(keys, k)
	}
	for _, k := range keys {
		if v, ok := m.m[k]; ok && !f(k, v) {
			return
		}
	}
}

func (m *Map) Clear() {
	raceAcquire(&m.race)
	m.m = nil
	raceReleaseMerge(&m.race)
}

// ----- Pool -----

// A Pool as one P sees it: Put fills the private slot first and then the head of the
// shared list; Get takes the private slot, then the shared head, then what the last
// collection moved to the victim cache (its private slot, then its shared list from
// the tail), and calls New when all are empty. Each runtime.GC moves the pool to the
// victim cache and drops the old victims, as Go's poolCleanup does. An item put and
// then got makes a happens-before edge, as Go's race annotations do.
type Pool struct {
	New func() any

	private, vprivate any
	shared, vshared   []any
	gcs               int
}

// gcCount is how many collections runtime.GC has run.
func gcCount() int

func (p *Pool) age() {
	n := gcCount()
	if n-p.gcs >= 2 {
		p.private, p.shared = nil, nil
	}
	if n != p.gcs {
		p.vprivate, p.vshared = p.private, p.shared
		p.private, p.shared = nil, nil
		p.gcs = n
	}
}

func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.age()
	raceReleaseMerge(x)
	if p.private == nil {
		p.private = x
	} else {
		p.shared = append([]any{x}, p.shared...)
	}
}

func (p *Pool) Get() any {
	p.age()
	x := p.private
	p.private = nil
	if x == nil && len(p.shared) > 0 {
		x, p.shared = p.shared[0], p.shared[1:]
	}
	if x == nil {
		x = p.vprivate
		p.vprivate = nil
	}
	if x == nil && len(p.vshared) > 0 {
		x, p.vshared = p.vshared[len(p.vshared)-1], p.vshared[:len(p.vshared)-1]
	}
	if x != nil {
		raceAcquire(x)
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}
