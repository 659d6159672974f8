package list

// container/list: a doubly linked list kept as a ring through a sentinel element
// (the list's own root), so that inserting and removing never test for an empty
// list or an end. What a program can see is Go's behaviour: a zero List is ready
// to use, an element of another list (or one already removed) makes Remove, the
// Move methods and the Insert methods do nothing, and a removed element's Next
// and Prev are nil.

// An Element is one entry of a List; Value is the caller's.
type Element struct {
	// The ring links; at the ends they point to the list's root.
	next, prev *Element
	// The list this element belongs to, nil once removed.
	list  *List
	Value any
}

// Next returns the element after e, or nil at the back (or when e is removed).
func (e *Element) Next() *Element {
	if after := e.next; e.list != nil && after != &e.list.root {
		return after
	}
	return nil
}

// Prev returns the element before e, or nil at the front (or when e is removed).
func (e *Element) Prev() *Element {
	if before := e.prev; e.list != nil && before != &e.list.root {
		return before
	}
	return nil
}

// A List's root is the sentinel: root.next is the front, root.prev the back. size
// counts the elements, the sentinel not included.
type List struct {
	root Element
	size int
}

// Init empties l (its old elements keep pointing at it, as in Go) and returns it.
func (l *List) Init() *List {
	l.root.next = &l.root
	l.root.prev = &l.root
	l.size = 0
	return l
}

func New() *List { return new(List).Init() }

func (l *List) Len() int { return l.size }

func (l *List) Front() *Element {
	if l.size == 0 {
		return nil
	}
	return l.root.next
}

func (l *List) Back() *Element {
	if l.size == 0 {
		return nil
	}
	return l.root.prev
}

// ready makes a zero List a ring before its first insertion.
func (l *List) ready() {
	if l.root.next == nil {
		l.Init()
	}
}

// link puts e into the ring just after at and returns it.
func (l *List) link(e, at *Element) *Element {
	e.prev = at
	e.next = at.next
	e.prev.next = e
	e.next.prev = e
	e.list = l
	l.size++
	return e
}

// unlink takes e out of the ring and forgets its neighbours and list.
func (l *List) unlink(e *Element) {
	e.prev.next = e.next
	e.next.prev = e.prev
	e.next = nil
	e.prev = nil
	e.list = nil
	l.size--
}

// relink moves e to just after at (a no-op when it is already there).
func (l *List) relink(e, at *Element) {
	if e == at {
		return
	}
	e.prev.next = e.next
	e.next.prev = e.prev
	e.prev = at
	e.next = at.next
	e.prev.next = e
	e.next.prev = e
}

// Remove takes e out of l if it is an element of l, and returns e.Value either way.
func (l *List) Remove(e *Element) any {
	if e.list == l {
		l.unlink(e)
	}
	return e.Value
}

func (l *List) PushFront(v any) *Element {
	l.ready()
	return l.link(&Element{Value: v}, &l.root)
}

func (l *List) PushBack(v any) *Element {
	l.ready()
	return l.link(&Element{Value: v}, l.root.prev)
}

// InsertBefore returns nil, changing nothing, when mark is not an element of l.
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.link(&Element{Value: v}, mark.prev)
}

// InsertAfter returns nil, changing nothing, when mark is not an element of l.
func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.link(&Element{Value: v}, mark)
}

func (l *List) MoveToFront(e *Element) {
	if e.list != l || l.root.next == e {
		return
	}
	l.relink(e, &l.root)
}

func (l *List) MoveToBack(e *Element) {
	if e.list != l || l.root.prev == e {
		return
	}
	l.relink(e, l.root.prev)
}

// MoveBefore does nothing when e or mark is not an element of l, or e is mark.
func (l *List) MoveBefore(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.relink(e, mark.prev)
}

// MoveAfter does nothing when e or mark is not an element of l, or e is mark.
func (l *List) MoveAfter(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.relink(e, mark)
}

// PushBackList appends copies of other's values. other may be l itself: the count
// is taken first, so the copies made on the way are not copied again.
func (l *List) PushBackList(other *List) {
	l.ready()
	e := other.Front()
	for n := other.Len(); n > 0; n-- {
		l.link(&Element{Value: e.Value}, l.root.prev)
		e = e.Next()
	}
}

// PushFrontList prepends copies of other's values, keeping their order; other may
// be l itself.
func (l *List) PushFrontList(other *List) {
	l.ready()
	e := other.Back()
	for n := other.Len(); n > 0; n-- {
		l.link(&Element{Value: e.Value}, &l.root)
		e = e.Prev()
	}
}
