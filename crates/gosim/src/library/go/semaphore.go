package semaphore

// golang.org/x/sync/semaphore as of v0.19.0 (go-facts.md section 8): a weighted
// semaphore whose waiters queue first in, first out. Written for the engine
// from the facts; the fields, the algorithm and the messages are x/sync's.

import (
	"container/list"
	"context"
	"sync"
)

// A waiter is a queued Acquire: its weight, and the channel closed when the
// tokens are granted to it.
type waiter struct {
	n     int64
	ready chan<- struct{}
}

// NewWeighted returns a semaphore of n tokens.
func NewWeighted(n int64) *Weighted {
	return &Weighted{size: n}
}

// A Weighted lends out up to size tokens; cur are lent. waiters is the queue,
// front first.
type Weighted struct {
	size    int64
	cur     int64
	mu      sync.Mutex
	waiters list.List
}

// Acquire takes n tokens, waiting until they are free or ctx is done. It fails
// at once on a done ctx, even when tokens are free. A request larger than the
// semaphore can never be granted: it waits for ctx alone, without queueing.
func (s *Weighted) Acquire(ctx context.Context, n int64) error {
	done := ctx.Done()

	s.mu.Lock()
	select {
	case <-done:
		s.mu.Unlock()
		return ctx.Err()
	default:
	}
	// The fast path only when nobody is queued: a newcomer never overtakes.
	if s.size-s.cur >= n && s.waiters.Len() == 0 {
		s.cur += n
		s.mu.Unlock()
		return nil
	}

	if n > s.size {
		s.mu.Unlock()
		<-done
		return ctx.Err()
	}

	ready := make(chan struct{})
	w := waiter{n: n, ready: ready}
	elem := s.waiters.PushBack(w)
	s.mu.Unlock()

	select {
	case <-done:
		s.mu.Lock()
		select {
		case <-ready:
			// Granted after all, just as ctx ended: give the tokens back.
			s.cur -= n
			s.notifyWaiters()
		default:
			// Leave the queue. If this waiter was the one blocking the head
			// of the line, the ones behind it may fit now.
			wasFront := s.waiters.Front() == elem
			s.waiters.Remove(elem)
			if wasFront && s.size > s.cur {
				s.notifyWaiters()
			}
		}
		s.mu.Unlock()
		return ctx.Err()

	case <-ready:
		// Granted; but if ctx ended meanwhile, report that and give back.
		select {
		case <-done:
			s.Release(n)
			return ctx.Err()
		default:
		}
		return nil
	}
}

// TryAcquire takes n tokens if they are free and nobody is queued, without
// waiting; it reports whether it did.
func (s *Weighted) TryAcquire(n int64) bool {
	s.mu.Lock()
	ok := s.size-s.cur >= n && s.waiters.Len() == 0
	if ok {
		s.cur += n
	}
	s.mu.Unlock()
	return ok
}

// Release gives back n tokens and grants what now fits to the queue.
func (s *Weighted) Release(n int64) {
	s.mu.Lock()
	s.cur -= n
	if s.cur < 0 {
		s.mu.Unlock()
		panic("semaphore: released more than held")
	}
	s.notifyWaiters()
	s.mu.Unlock()
}

// notifyWaiters grants tokens to waiters from the front while the front one
// fits, and stops at the first that does not, even if a later, smaller one
// would: so a large request is not starved by a stream of small ones.
func (s *Weighted) notifyWaiters() {
	for {
		front := s.waiters.Front()
		if front == nil {
			return
		}
		w := front.Value.(waiter)
		if s.size-s.cur < w.n {
			return
		}
		s.cur += w.n
		s.waiters.Remove(front)
		close(w.ready)
	}
}
