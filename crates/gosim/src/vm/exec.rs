//! The interpreter loop: runs one goroutine's instructions until it completes a
//! scheduling operation, blocks, exits, or uses up its time slice.

use std::rc::Rc;

use super::race::Loc;
use super::{Event, EventKind, Exit, Frame, GStatus, Machine, PanicState};
use crate::code::{builtin_native, CallKind, CmpKind, Op, SeqKind};
use crate::syntax::Span;
use crate::value::{Callee, Closure, Heap, Object, Path, PendingCall, Ref, Root, SliceVal, Value};

/// What an instruction asks of the loop.
pub(crate) enum Flow {
    Next,
    /// A scheduling operation completed: end the step with this event.
    Yield(EventKind, String),
    /// The goroutine parked.
    Blocked(String),
    /// A panic started (the loop continues into the deferred calls).
    Panic(Value),
    /// The program ended (exit code already set).
    End,
}

/// Go's text for an index out of range: a negative index is named without the length
/// (runtime/error.go's boundsNegErrorFmts).
pub(crate) fn index_out_of_range(i: i64, len: i64) -> String {
    if i < 0 {
        format!("index out of range [{i}]")
    } else {
        format!("index out of range [{i}] with length {len}")
    }
}

/// A pointer to heap object `o`.
fn heap_ptr(o: crate::value::ObjId) -> Value {
    Value::Ptr(Rc::new(Ref {
        root: Root::Heap(o),
        path: Path::new(),
    }))
}

/// A run-time error raised as a Go panic with `runtime error: ...`.
pub(crate) fn rt(msg: impl Into<String>) -> Flow {
    Flow::Panic(Value::Tuple(
        vec![Value::str(&format!("runtime error: {}", msg.into()))].into_boxed_slice(),
    ))
}

/// How many deferred calls one function may have pending (see
/// [`Machine::too_many_defers`]); a million, each a few hundred bytes on the host.
pub const MAX_DEFERS: usize = 1 << 20;

/// Runs `op` if it is one of the common instructions that only read and write the
/// running goroutine's frame and operand stack (and read the heap), and cannot fail,
/// block or end the step: the interpreter's fast path. Each does exactly what
/// [`Machine::exec`] does for it; `false` (with nothing changed) leaves the
/// instruction to `exec`, as for an error (division by zero, an index out of range),
/// which `exec` then raises. `untracked`: memory accesses are not being recorded (no
/// race detector and no memory steps), so a slice read or an element store needs no
/// record. `general`: called by `exec`, which must carry the instruction out; the
/// fast path instead leaves a copy that makes a memory measure due to it
/// ([`charge`]).
#[inline(always)]
fn fast_op(
    op: &Op,
    f: &mut Frame,
    st: &mut Vec<Value>,
    (consts, const_words): (&[Value], &[u64]),
    heap: &mut Heap,
    untracked: bool,
    general: bool,
) -> bool {
    match op {
        Op::Int(i) => st.push(Value::Int(*i)),
        Op::Const(i) => {
            // An array or struct value is copied out of the constant (a zero value
            // `var a [1 << 16]int`): host memory the heap limit must see, its size
            // worked out once per program (`Program::const_words`).
            let w = const_words.get(*i as usize).copied().unwrap_or(0);
            if w != 0 {
                heap.made += w;
                if !general && heap.measure_due() {
                    heap.made -= w;
                    return false;
                }
            }
            st.push(consts[*i as usize].clone())
        }
        Op::Nil => st.push(Value::Nil),
        Op::Pop => {
            if let Some(v) = st.pop() {
                drop_value(v);
            }
        }
        Op::Dup => {
            let v = st.last().cloned().unwrap_or_default();
            st.push(v);
        }
        Op::Load(s) => {
            let v = st
                .get(f.base as usize + *s as usize)
                .map(clone_value)
                .unwrap_or_default();
            if let Value::Agg(_) = v {
                if !charge(heap, &v, general) {
                    return false;
                }
            }
            st.push(v);
        }
        Op::Store(s) => {
            let v = st.pop().unwrap_or_default();
            let i = f.base as usize + *s as usize;
            if i >= st.len() {
                st.resize(i + 1, Value::Nil);
            }
            drop_value(std::mem::replace(&mut st[i], v));
        }
        Op::Jump(t) => f.pc = *t,
        Op::JumpIf(t) => {
            if pop_bool(st) {
                f.pc = *t;
            }
        }
        Op::JumpIfNot(t) => {
            if !pop_bool(st) {
                f.pc = *t;
            }
        }
        Op::Arith(bop, kind) => {
            let Some([a, b]) = top2(st) else {
                return false;
            };
            let Some(v) = super::fuse::arith(*bop, *kind, a, b) else {
                return false;
            };
            if let Value::Str(_) = v {
                if !charge(heap, &v, general) {
                    return false;
                }
            }
            replace_top2(st, v);
        }
        Op::Cmp(bop, kind) if *kind != CmpKind::Deep => {
            let Some([a, b]) = top2(st) else {
                return false;
            };
            let r = super::fuse::compare(*bop, *kind, a, b);
            replace_top2(st, Value::Bool(r));
        }
        Op::Index(SeqKind::Slice) if untracked => {
            let Some((s, i)) = slice_at(st) else {
                return false;
            };
            let v = match heap.get(s.arr) {
                Object::Array(a) => a
                    .get((s.off as i64 + i) as usize)
                    .cloned()
                    .unwrap_or_default(),
                _ => Value::Nil,
            };
            if let Value::Agg(_) = v {
                if !charge(heap, &v, general) {
                    return false;
                }
            }
            replace_top2(st, v);
        }
        Op::RefSliceElem => {
            let Some((s, i)) = slice_at(st) else {
                return false;
            };
            let r = Ref {
                root: Root::Heap(s.arr),
                path: Path::one(s.off + i as u32),
            };
            replace_top2(st, Value::Ptr(Rc::new(r)));
        }
        // A store through a pointer to an element of an array object (`s[i] = v`).
        Op::StoreRef if untracked => {
            let Some([Value::Ptr(r), _]) = top2(st) else {
                return false;
            };
            let (Root::Heap(o), [i]) = (r.root, &r.path[..]) else {
                return false;
            };
            let Some(Object::Array(a)) = heap.objects.get_mut(o as usize) else {
                return false;
            };
            let Some(slot) = a.get_mut(*i as usize) else {
                return false;
            };
            drop_value(std::mem::replace(slot, st.pop().unwrap_or_default()));
            st.pop();
        }
        _ => return false,
    }
    true
}

/// Charges a string or an array or struct value just made to [`Heap::made`], unless
/// the charge would make a measure due and `general` is false: then nothing is
/// charged and the instruction is left to the general path, which measures after it.
#[inline(never)]
fn charge(heap: &mut Heap, v: &Value, general: bool) -> bool {
    let w = crate::value::made_words(v);
    heap.made += w;
    if !general && heap.measure_due() {
        heap.made -= w;
        return false;
    }
    true
}

/// The operand stack's top two values (the second on top), if there are two.
#[inline(always)]
fn top2(st: &[Value]) -> Option<&[Value; 2]> {
    st.last_chunk()
}

/// The slice and index on top of the stack (`s[i]`), when the index is in range.
#[inline(always)]
fn slice_at(st: &[Value]) -> Option<(SliceVal, i64)> {
    match top2(st)? {
        [Value::Slice(s), Value::Int(i)] if (0..s.len as i64).contains(i) => Some((*s, *i)),
        _ => None,
    }
}

/// Drops a value, skipping the out-of-line drop glue for the variants that own
/// nothing (the common case in arithmetic and loops). A plain `match` that leaves
/// those variants alone still ends in a call of the glue (the compiler does not see
/// that they own nothing), so they are forgotten instead, which for them is the same.
#[inline(always)]
pub(super) fn drop_value(v: Value) {
    if matches!(
        v,
        Value::Nil
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Slice(_)
            | Value::Map(_)
            | Value::Chan(_)
    ) {
        std::mem::forget(v);
    } else {
        drop(v);
    }
}

/// `Value::clone`, with the variants that own nothing copied inline.
#[inline(always)]
pub(super) fn clone_value(v: &Value) -> Value {
    match v {
        Value::Nil => Value::Nil,
        Value::Bool(b) => Value::Bool(*b),
        Value::Int(i) => Value::Int(*i),
        Value::Slice(s) => Value::Slice(*s),
        other => other.clone(),
    }
}

/// Pops a condition: a missing or non-bool value counts as false, as in `exec`.
#[inline(always)]
fn pop_bool(st: &mut Vec<Value>) -> bool {
    match st.pop() {
        Some(v) => {
            let b = matches!(v, Value::Bool(true));
            drop_value(v);
            b
        }
        None => false,
    }
}

/// Replaces the top two values of a stack (at least two long) with `v`.
#[inline(always)]
fn replace_top2(st: &mut Vec<Value>, v: Value) {
    if let Some(top) = st.pop() {
        drop_value(top);
    }
    if let Some(second) = st.last_mut() {
        drop_value(std::mem::replace(second, v));
    }
}

/// Runs goroutine `g` for as long as its instructions are ones the fast path knows:
/// frame-local instructions, superinstructions ([`super::fuse`]), calls of declared
/// functions and plain returns. It stops, leaving the frame's pc at the instruction
/// it did not run, at anything else, when the slice is used up, or when the code ends;
/// the general path in [`Machine::run`] takes it from there. Every instruction is
/// charged to `budget`, what is left of the time slice, as the general path would,
/// so preemption falls at the same instruction either way. `max_frames` is the
/// deepest the call stack may go (`enter` reports the overflow).
#[inline(always)]
fn run_fast(
    g: &mut super::Goroutine,
    heap: &mut Heap,
    prog: &crate::code::Program,
    budget: &mut u32,
    max_frames: u32,
    untracked: bool,
) {
    let consts = &prog.consts[..];
    let const_words = &prog.const_words[..];
    'frames: loop {
        let depth = g.frames.len();
        let Some(f) = g.frames.last_mut() else {
            return;
        };
        let func = &prog.funcs[f.func as usize];
        loop {
            if *budget == 0 {
                return;
            }
            let pc = f.pc as usize;
            if let Some(run) = func.fused.get(pc) {
                let n = super::fuse::exec(run, f, &mut g.stack, consts, heap, *budget, untracked);
                if n != 0 {
                    *budget -= n;
                    continue;
                }
            }
            let Some(op) = func.code.get(pc) else {
                return;
            };
            f.pc += 1;
            if fast_op(
                op,
                f,
                &mut g.stack,
                (consts, const_words),
                heap,
                untracked,
                false,
            ) {
                *budget -= 1;
                continue;
            }
            match *op {
                // A call of a declared function with no parameter to move to the heap:
                // what `enter` does for it, without the rest.
                Op::Call {
                    kind: CallKind::Static(callee),
                    nargs,
                } if (depth as u32) < max_frames
                    && !heap.measure_due()
                    && prog
                        .funcs
                        .get(callee as usize)
                        .is_some_and(|c| c.boxed_params.is_empty()) =>
                {
                    *budget -= 1;
                    let nargs = nargs as usize;
                    let base = g.stack.len().saturating_sub(nargs);
                    open_frame(g, prog, callee, base, false, false);
                    continue 'frames;
                }
                Op::RunDefers if f.defers.is_empty() => {
                    *budget -= 1;
                }
                // A return to a caller that keeps the results, with no panic or
                // deferred call to finish: the results move down to the frame's base.
                Op::Ret(n) if depth > 1 && !f.discard_results && !f.is_deferred => {
                    *budget -= 1;
                    let base = f.base as usize;
                    g.frames.pop();
                    move_results(&mut g.stack, base, n as usize);
                    continue 'frames;
                }
                _ => {
                    f.pc -= 1;
                    return;
                }
            }
        }
    }
}

/// Pushes a frame for function `func` whose slots start at `base` (its arguments are
/// already there): the rest of its slots are made, and its results set to their zero
/// values. Captured cells and parameters moved to the heap are the caller's business
/// ([`Machine::enter`]).
#[inline(always)]
fn open_frame(
    g: &mut super::Goroutine,
    prog: &crate::code::Program,
    func: u32,
    base: usize,
    discard: bool,
    deferred: bool,
) {
    let f = &prog.funcs[func as usize];
    let st = &mut g.stack;
    let want = base + f.nslots as usize;
    while st.len() < want {
        st.push(Value::Nil);
    }
    for (i, z) in f.result_zeros.iter().enumerate() {
        let v = prog.consts.get(*z as usize).cloned().unwrap_or_default();
        drop_value(std::mem::replace(&mut st[base + f.nparams as usize + i], v));
    }
    g.frames.push(Frame {
        func,
        pc: 0,
        base: base as u32,
        defers: vec![],
        is_deferred: deferred,
        discard_results: discard,
    });
}

/// A return's results, the top `n` values, replace the frame's slots from `base` up.
#[inline(always)]
fn move_results(st: &mut Vec<Value>, base: usize, n: usize) {
    let at = st.len().saturating_sub(n);
    if at > base {
        for i in 0..st.len() - at {
            st.swap(base + i, at + i);
        }
        let keep = base + (st.len() - at);
        while st.len() > keep {
            if let Some(v) = st.pop() {
                drop_value(v);
            }
        }
    }
}

/// Whether a method call goes through the interface for sure (see
/// [`Machine::resolve_method`]), which only a nil receiver asks.
#[derive(Clone, Copy)]
pub(crate) enum Through {
    /// fmt, reflect and the views call through the interface.
    Surely,
    /// A go or defer statement's call, or one with no frame to tell.
    Maybe,
    /// The call at this function and pc of the reader's or the library's code: sure
    /// if the compiler recorded it as opaque. Looked up only when asked, as a binary
    /// search per interface call would cost every call for the rare nil receiver.
    Site(u32, u32),
}

impl Through {
    fn surely(self, prog: &crate::code::Program) -> bool {
        match self {
            Through::Surely => true,
            Through::Maybe => false,
            Through::Site(func, pc) => prog.iface_call_opaque(func, pc),
        }
    }
}

impl Machine {
    /// A read through a pointer by the running code, recorded for the race detector
    /// and the memory steps.
    fn load_tracked(&mut self, gid: u32, r: &Rc<Ref>) -> Result<Value, Flow> {
        let v = self.load_ref(gid, r)?;
        self.race_access(gid, || Loc::Mem((**r).clone()), false);
        self.charge_copy(&v);
        Ok(v)
    }

    /// Charges a copy of an array or struct value to the memory measure
    /// (`hostmem`): the run loop measures the machine once enough is made.
    fn charge_copy(&mut self, v: &Value) {
        if let Value::Agg(_) = v {
            self.heap.made += crate::value::copy_words(v);
        }
    }

    /// A write through a pointer by the running code, recorded as [`Self::load_tracked`]
    /// records a read.
    fn store_tracked(&mut self, gid: u32, r: &Rc<Ref>, v: Value) -> Result<(), Flow> {
        self.store_ref(gid, r, v)?;
        self.race_access(gid, || Loc::Mem((**r).clone()), true);
        Ok(())
    }

    #[inline]
    pub(crate) fn push(&mut self, gid: u32, v: Value) {
        self.goroutines[gid as usize - 1].stack.push(v);
    }
    #[inline]
    pub(crate) fn pop(&mut self, gid: u32) -> Value {
        self.goroutines[gid as usize - 1]
            .stack
            .pop()
            .unwrap_or_default()
    }
    fn popn(&mut self, gid: u32, n: usize) -> Vec<Value> {
        let st = &mut self.goroutines[gid as usize - 1].stack;
        let at = st.len().saturating_sub(n);
        st.split_off(at)
    }

    #[inline]
    /// The value in local slot `s` of goroutine `gid`'s running frame (a box's pointer
    /// for `LoadBox`/`StoreBox`).
    fn local_slot(&self, gid: u32, s: u32) -> Value {
        let at = self.local_at(gid, s);
        let stack = &self.goroutines[gid as usize - 1].stack;
        stack.get(at).cloned().unwrap_or_default()
    }

    pub(super) fn base(&self, gid: u32) -> u32 {
        self.goroutines[gid as usize - 1]
            .frames
            .last()
            .map(|f| f.base)
            .unwrap_or(0)
    }

    /// Runs goroutine `gid` for one step.
    pub(crate) fn run(&mut self, gid: u32) -> Event {
        let prog = self.prog.clone();
        // A fresh goroutine: its pending call is on its stack.
        if self.goroutines[gid as usize - 1].frames.is_empty() {
            let start = self.pop(gid);
            if let Value::Call(pc) = start {
                let pc = Rc::try_unwrap(pc).unwrap_or_else(|rc| (*rc).clone());
                if let Some(ev) = self.enter_pending(gid, pc, true, false) {
                    return ev;
                }
            } else if gid == 1 {
                let entry = prog.entry;
                self.enter(gid, entry, 0, None, false, false);
            } else {
                // A goroutine whose body was a native that blocked, now woken: the
                // native is done, and so is the goroutine.
                return self.goroutine_exit(gid);
            }
        }
        if let Some(msg) = self.goroutines[gid as usize - 1].pending_panic.take() {
            let v = Value::Tuple(vec![Value::str(&msg)].into_boxed_slice());
            if let Some(ev) = self.start_panic(gid, v) {
                return ev;
            }
        }
        // A goroutine continuing after a sub-step keeps what was left of its slice, so
        // preemption falls where it would without sub-steps.
        let mut budget = match self.hold {
            Some((g, left)) if g == gid => {
                self.hold = None;
                left
            }
            _ => self.limits.slice,
        };
        loop {
            // Nothing pending that the general path would act on after an
            // instruction, so the fast path may skip those checks.
            if self.pending_access.is_none() && self.exit.is_none() {
                let untracked =
                    (self.race.is_none() && !self.memory_steps) || self.scratch == Some(gid);
                let before = budget;
                run_fast(
                    &mut self.goroutines[gid as usize - 1],
                    &mut self.heap,
                    &prog,
                    &mut budget,
                    self.limits.max_frames,
                    untracked,
                );
                self.instructions += u64::from(before - budget);
            }
            if budget == 0 {
                return self.event(
                    gid,
                    EventKind::Preempt,
                    "preempted (time slice used up)".into(),
                );
            }
            budget -= 1;
            self.instructions += 1;
            let g = &mut self.goroutines[gid as usize - 1];
            let Some(f) = g.frames.last_mut() else {
                return self.goroutine_exit(gid);
            };
            let func = &prog.funcs[f.func as usize];
            let Some(op) = func.code.get(f.pc as usize) else {
                return self.goroutine_exit(gid);
            };
            f.pc += 1;
            let probe = self.iface_probe(gid, op, func);
            let mut flow = self.exec(gid, op, &prog);
            // Strings and array or struct values made since the machine was last
            // measured: measured now, with every value in the machine's state.
            if matches!(flow, Flow::Next) && self.heap.measure_due() {
                if let Some(f) = self.check_heap() {
                    flow = f;
                }
            }
            match flow {
                Flow::Next => {
                    if let Some(text) = self.pending_access.take() {
                        return self.event(gid, EventKind::Memory, text);
                    }
                    if let Some(p) = probe {
                        return self.iface_substep(gid, p, budget);
                    }
                }
                Flow::Yield(kind, mut text) => {
                    if let Some(h) = self.hold.as_mut().filter(|h| h.0 == gid) {
                        h.1 = budget;
                    }
                    // A sub-step label set before a channel operation (sync's own
                    // natives take theirs): it names this step.
                    if let Some(l) = self.pending_label.take() {
                        text = format!("{l}: {text}");
                        self.step_label = Some(l);
                    }
                    return self.event(gid, kind, text);
                }
                Flow::Blocked(reason) => {
                    if let Some(l) = self.pending_label.take() {
                        self.step_label = Some(l);
                    }
                    let text = match &self.step_label {
                        Some(l) => format!("{l}: blocked: {reason}"),
                        None => format!("blocked: {reason}"),
                    };
                    return self.event(gid, EventKind::Block, text);
                }
                Flow::Panic(v) => {
                    if let Some(ev) = self.start_panic(gid, v) {
                        return ev;
                    }
                }
                Flow::End => {
                    return Event::program_end(gid, "program ended");
                }
            }
            if self.exit.is_some() {
                return Event::program_end(gid, "program ended");
            }
        }
    }

    /// An event at the goroutine's current position.
    pub(crate) fn event(&self, gid: u32, kind: EventKind, text: String) -> Event {
        let (line, span) = self.position(gid);
        Event {
            goroutine: gid,
            kind,
            line,
            span,
            text,
        }
    }

    /// The innermost position in the user's file of goroutine `gid`: the instruction it
    /// just ran (or is blocked on).
    pub fn position(&self, gid: u32) -> (u32, Span) {
        let Some(g) = self.goroutine(gid) else {
            return (0, Span::default());
        };
        for f in g.frames.iter().rev() {
            let func = &self.prog.funcs[f.func as usize];
            if func.file != crate::code::FileId::User || func.name == "runtime.main" {
                continue;
            }
            let pc = f.pc.saturating_sub(1) as usize;
            let span = func.spans.get(pc).copied().unwrap_or(func.span);
            return (self.prog.line_of(func.file, span), span);
        }
        (0, Span::default())
    }

    pub(super) fn goroutine_exit(&mut self, gid: u32) -> Event {
        if gid == 1 {
            self.touch_everything();
        }
        self.touch_alive_count();
        let g = &mut self.goroutines[gid as usize - 1];
        if g.status == GStatus::Runnable {
            self.nrunnable -= 1;
        }
        let g = &mut self.goroutines[gid as usize - 1];
        g.status = GStatus::Dead;
        if self.scratch != Some(gid) {
            g.stack.clear();
        }
        if self.current == Some(gid) {
            self.current = None;
        }
        if gid == 1 && self.scratch != Some(gid) {
            // main returned: the program ends, whatever else is running.
            self.exit = Some(Exit::Code(0));
            self.race_finish();
            return Event::program_end(gid, "main returned");
        }
        Event {
            goroutine: gid,
            kind: EventKind::Exit,
            line: 0,
            span: Span::default(),
            text: "goroutine finished".into(),
        }
    }

    /// Pushes a frame for `func`; its `nargs` arguments are already on the stack.
    pub(crate) fn enter(
        &mut self,
        gid: u32,
        func: u32,
        nargs: u32,
        closure: Option<&Closure>,
        discard: bool,
        deferred: bool,
    ) -> Option<Event> {
        let prog = self.prog.clone();
        let f = &prog.funcs[func as usize];
        let g = &mut self.goroutines[gid as usize - 1];
        if g.frames.len() as u32 >= self.limits.max_frames {
            // Go's stack may grow to 1 GB: at 16 bytes or more a frame, that is millions
            // of calls, and how many depends on the compiler's frame sizes. A call this
            // deep may still be a recursion that ends (it did in Rosetta Code's
            // Hofstadter Q, 200,000 deep), so the engine cannot say Go's `fatal error:
            // stack overflow` here: it stops at its own limit and says what Go would do
            // if the recursion never ends.
            let msg = format!(
                "stopped: goroutine {gid} is {} calls deep (the call-depth limit: Go's 1 GB \
                 stack holds millions of calls, so only a recursion that never ends would \
                 die there, of a stack overflow)",
                self.limits.max_frames
            );
            return Some(self.stop_limit(msg));
        }
        let mut base = g.stack.len().saturating_sub(nargs as usize);
        if let Some(c) = closure {
            if let Some(r) = &c.recv {
                g.stack.insert(base, r.clone());
            }
        }
        if g.stack.len() < base {
            base = g.stack.len();
        }
        open_frame(g, &prog, func, base, discard, deferred);
        if let Some(c) = closure {
            for (slot, cell) in f.capture_slots.iter().zip(&c.captures) {
                g.stack[base + *slot as usize] = Value::Ptr(Rc::new(Ref {
                    root: Root::Heap(*cell),
                    path: Path::new(),
                }));
            }
        }
        for &slot in &f.boxed_params {
            let i = base + slot as usize;
            let v = std::mem::take(&mut self.goroutines[gid as usize - 1].stack[i]);
            let cell = self.heap.alloc(Object::Cell(v));
            self.goroutines[gid as usize - 1].stack[i] = Value::Ptr(Rc::new(Ref {
                root: Root::Heap(cell),
                path: Path::new(),
            }));
        }
        None
    }

    /// Starts a packaged call (a new goroutine's body, or a deferred call).
    pub(crate) fn enter_pending(
        &mut self,
        gid: u32,
        pc: PendingCall,
        discard: bool,
        deferred: bool,
    ) -> Option<Event> {
        let n = pc.args.len() as u32;
        self.goroutines[gid as usize - 1].stack.extend(pc.args);
        let callee = match pc.callee {
            // A func value that names a native (`defer wg.Done` style values of
            // library functions) runs as that native.
            Callee::Closure(c) if c.func & crate::NATIVE_BIT != 0 => {
                Callee::Native(c.func & !crate::NATIVE_BIT)
            }
            other => other,
        };
        match callee {
            Callee::Func(f) => self.enter(gid, f, n, None, discard, deferred),
            Callee::Nil => {
                self.popn(gid, n as usize);
                let Flow::Panic(v) = rt("invalid memory address or nil pointer dereference") else {
                    return None;
                };
                self.start_panic(gid, v)
            }
            Callee::Closure(c) => self.enter(gid, c.func, n, Some(&c), discard, deferred),
            Callee::Native(id) => {
                // A native or builtin run as a deferred call or goroutine body: run it
                // now, as if a frame were entered and left at once.
                let args = self.popn(gid, n as usize);
                let flow = self.call_native(gid, id, args, true);
                match flow {
                    Flow::Panic(v) => self.start_panic(gid, v),
                    // The native ended the program (a fatal error, a refusal).
                    Flow::End => {
                        Some(self.event(gid, EventKind::ProgramEnd, "program ended".into()))
                    }
                    // A goroutine whose whole body is a native that blocks or yields
                    // (`go time.Sleep(d)`): it waits like any other goroutine, and
                    // `run` ends it when it next runs (its body is over).
                    Flow::Blocked(reason) if !deferred => {
                        Some(self.event(gid, EventKind::Block, format!("blocked: {reason}")))
                    }
                    Flow::Yield(kind, text) if !deferred => Some(self.event(gid, kind, text)),
                    _ => {
                        // Emulate the return of the deferred call (if the panic or
                        // Goexit started it: see `unwind`).
                        let g = &self.goroutines[gid as usize - 1];
                        let depth = g.frames.len() as u32 + 1;
                        if deferred && g.panic.as_ref().is_some_and(|p| p.frame == depth) {
                            self.after_deferred_return(gid)
                        } else {
                            None
                        }
                    }
                }
            }
        }
    }

    /// After a deferred call returns: finish a recovery, or keep unwinding a panic.
    fn after_deferred_return(&mut self, gid: u32) -> Option<Event> {
        let g = &mut self.goroutines[gid as usize - 1];
        match &g.panic {
            Some(p) if p.recovered => match super::goexit::resumed(p, g.frames.len() as u32) {
                super::goexit::Resume::CarryOn(outer) => {
                    g.panic = outer;
                    // The frame whose deferred call recovered returns normally.
                    if let Some(f) = g.frames.last_mut() {
                        f.pc = self.prog.funcs[f.func as usize].ret_pc;
                    }
                    None
                }
                super::goexit::Resume::Goexit(goexit) => {
                    g.panic = Some(goexit);
                    self.unwind(gid)
                }
            },
            Some(_) => self.unwind(gid),
            None => None,
        }
    }

    /// Begins panicking with `v` on goroutine `gid`.
    pub(crate) fn start_panic(&mut self, gid: u32, v: Value) -> Option<Event> {
        // The runtime raises its own panics as bare strings (`close of closed channel`):
        // they become runtime error values, as Go's plainError does.
        let (value, runtime_error) = match v {
            Value::Tuple(parts) if parts.len() == 1 => (self.runtime_error_value(&parts[0]), true),
            Value::Str(_) => (self.runtime_error_value(&v), true),
            other => (other, false),
        };
        let g = &mut self.goroutines[gid as usize - 1];
        let (earlier, outer) = super::goexit::interrupted(g.panic.take());
        g.panic = Some(PanicState {
            value,
            recovered: false,
            runtime_error,
            earlier,
            frame: 0,
            goexit: false,
            outer,
        });
        self.unwind(gid)
    }

    /// Runs the next deferred call of the panicking goroutine, or pops frames until
    /// one has deferred calls; with none left anywhere, the program dies.
    pub(crate) fn unwind(&mut self, gid: u32) -> Option<Event> {
        loop {
            let g = &mut self.goroutines[gid as usize - 1];
            let depth = g.frames.len() as u32;
            let Some(f) = g.frames.last_mut() else { break };
            if let Some(d) = f.defers.pop() {
                if let Some(p) = g.panic.as_mut() {
                    p.frame = depth + 1;
                }
                return self.enter_pending(gid, d, true, true);
            }
            let f = g.frames.pop().expect("checked");
            g.stack.truncate(f.base as usize);
        }
        if let Some(ev) = self.goexit_done(gid) {
            return Some(ev);
        }
        Some(self.die_of_panic(gid))
    }

    fn die_of_panic(&mut self, gid: u32) -> Event {
        let p = self.goroutines[gid as usize - 1].panic.clone();
        let mut text = String::new();
        if let Some(p) = p {
            // The chain oldest first. A recovered panic whose value is panicked again
            // right after is printed once, as Go 1.23+ does:
            // `panic: x [recovered, repanicked]`.
            let mut chain: Vec<(Value, bool)> = p.earlier.clone();
            chain.push((p.value.clone(), false));
            let mut i = 0;
            let mut lines = vec![];
            while i < chain.len() {
                let (v, recovered) = &chain[i];
                let repanicked = *recovered && chain.get(i + 1).is_some_and(|n| n.0 == *v);
                let mark = if repanicked {
                    " [recovered, repanicked]"
                } else if *recovered {
                    " [recovered]"
                } else {
                    ""
                };
                let v = v.clone();
                lines.push(format!("panic: {}{mark}", self.panic_text(&v)));
                i += if repanicked { 2 } else { 1 };
            }
            text.push_str(&lines.join("\n\t"));
            text.push_str(&format!("\n\ngoroutine {gid} [running]:\n"));
        }
        self.stderr.extend_from_slice(text.as_bytes());
        self.exit = Some(Exit::Code(2));
        let first = text.lines().next().unwrap_or("panic").to_string();
        Event {
            goroutine: gid,
            kind: EventKind::Panic,
            line: self.position(gid).0,
            span: self.position(gid).1,
            text: first,
        }
    }

    /// Executes one instruction.
    fn exec(&mut self, gid: u32, op: &Op, prog: &Rc<crate::code::Program>) -> Flow {
        let gi = gid as usize - 1;
        match op {
            // Frame-local instructions have one implementation, the fast path's, which
            // never refuses these.
            Op::Const(_)
            | Op::Int(_)
            | Op::Nil
            | Op::Pop
            | Op::Dup
            | Op::Load(_)
            | Op::Store(_)
            | Op::Jump(_)
            | Op::JumpIf(_)
            | Op::JumpIfNot(_) => {
                let g = &mut self.goroutines[gi];
                if let Some(f) = g.frames.last_mut() {
                    fast_op(
                        op,
                        f,
                        &mut g.stack,
                        (&prog.consts, &prog.const_words),
                        &mut self.heap,
                        false,
                        true,
                    );
                }
            }
            Op::Dup2 => {
                let st = &mut self.goroutines[gi].stack;
                let n = st.len();
                if n >= 2 {
                    let (a, b) = (st[n - 2].clone(), st[n - 1].clone());
                    st.push(a);
                    st.push(b);
                }
            }
            Op::Swap => {
                let st = &mut self.goroutines[gi].stack;
                let n = st.len();
                if n >= 2 {
                    st.swap(n - 1, n - 2);
                }
            }
            Op::LoadBox(s) => {
                let p = self.local_slot(gid, *s);
                match p {
                    Value::Ptr(r) => match self.load_tracked(gid, &r) {
                        Ok(v) => self.push(gid, v),
                        Err(f) => return f,
                    },
                    _ => self.push(gid, Value::Nil),
                }
            }
            Op::StoreBox(s) => {
                let v = self.pop(gid);
                let p = self.local_slot(gid, *s);
                if let Value::Ptr(r) = p {
                    if let Err(f) = self.store_tracked(gid, &r, v) {
                        return f;
                    }
                }
            }
            Op::Box(s) => {
                let v = self.pop(gid);
                let cell = self.heap.alloc(Object::Cell(v));
                let b = self.base(gid) as usize;
                let st = &mut self.goroutines[gi].stack;
                let i = b + *s as usize;
                if i >= st.len() {
                    st.resize(i + 1, Value::Nil);
                }
                st[i] = Value::Ptr(Rc::new(Ref {
                    root: Root::Heap(cell),
                    path: Path::new(),
                }));
                if let Some(f) = self.check_heap() {
                    return f;
                }
            }
            Op::LoadGlobal(g) => {
                let v = self.globals.get(*g as usize).cloned().unwrap_or_default();
                self.charge_copy(&v);
                self.race_access(gid, || Loc::Mem(Ref::global(*g)), false);
                self.push(gid, v);
            }
            Op::StoreGlobal(g) => {
                let v = self.pop(gid);
                if let Some(slot) = self.globals.get_mut(*g as usize) {
                    *slot = v;
                }
                self.race_access(gid, || Loc::Mem(Ref::global(*g)), true);
            }
            Op::RefLocal(s) => self.push(
                gid,
                Value::Ptr(Rc::new(Ref {
                    root: Root::Local(*s),
                    path: Path::new(),
                })),
            ),
            Op::RefGlobal(g) => self.push(
                gid,
                Value::Ptr(Rc::new(Ref {
                    root: Root::Global(*g),
                    path: Path::new(),
                })),
            ),
            Op::RefField(i) => {
                let r = self.pop(gid);
                match r {
                    Value::Ptr(r) => {
                        let mut r = Rc::try_unwrap(r).unwrap_or_else(|rc| (*rc).clone());
                        r.path.push(*i);
                        self.push(gid, Value::Ptr(Rc::new(r)));
                    }
                    _ => return rt("invalid memory address or nil pointer dereference"),
                }
            }
            Op::RefIndex(n) => {
                let i = self.pop(gid).as_int();
                let r = self.pop(gid);
                if i < 0 || i >= *n as i64 {
                    return rt(index_out_of_range(i, *n as i64));
                }
                match r {
                    Value::Ptr(r) => {
                        let mut r = Rc::try_unwrap(r).unwrap_or_else(|rc| (*rc).clone());
                        r.path.push(i as u32);
                        self.push(gid, Value::Ptr(Rc::new(r)));
                    }
                    _ => return rt("invalid memory address or nil pointer dereference"),
                }
            }
            Op::RefSliceElem => {
                let i = self.pop(gid).as_int();
                let s = self.pop(gid);
                let sv = match s {
                    Value::Slice(sv) => sv,
                    _ => SliceVal {
                        arr: 0,
                        off: 0,
                        len: 0,
                        cap: 0,
                    },
                };
                if i < 0 || i >= sv.len as i64 {
                    return rt(index_out_of_range(i, sv.len as i64));
                }
                self.push(
                    gid,
                    Value::Ptr(Rc::new(Ref {
                        root: Root::Heap(sv.arr),
                        path: Path::one(sv.off + i as u32),
                    })),
                );
            }
            Op::Deref => {
                let r = self.pop(gid);
                match r {
                    Value::Ptr(r) => match self.load_tracked(gid, &r) {
                        Ok(v) => self.push(gid, v),
                        Err(f) => return f,
                    },
                    _ => return rt("invalid memory address or nil pointer dereference"),
                }
            }
            Op::StoreRef => {
                let v = self.pop(gid);
                let r = self.pop(gid);
                match r {
                    Value::Ptr(r) => {
                        if let Err(f) = self.store_tracked(gid, &r, v) {
                            return f;
                        }
                    }
                    _ => return rt("invalid memory address or nil pointer dereference"),
                }
            }
            Op::Alloc => {
                let v = self.pop(gid);
                let cell = self.heap.alloc(Object::Cell(v));
                self.push(
                    gid,
                    Value::Ptr(Rc::new(Ref {
                        root: Root::Heap(cell),
                        path: Path::new(),
                    })),
                );
                if let Some(f) = self.check_heap() {
                    return f;
                }
            }
            Op::Field(i) => {
                let v = self.pop(gid);
                let f = match v {
                    Value::Agg(mut fs) => fs
                        .get_mut(*i as usize)
                        .map(std::mem::take)
                        .unwrap_or_default(),
                    _ => Value::Nil,
                };
                self.push(gid, f);
            }
            Op::Closure { func, ncaps } => {
                let caps = self.popn(gid, *ncaps as usize);
                let captures = caps
                    .into_iter()
                    .map(|c| match c {
                        Value::Ptr(r) => match r.root {
                            Root::Heap(o) => o,
                            _ => 0,
                        },
                        _ => 0,
                    })
                    .collect();
                self.push(
                    gid,
                    Value::Func(Rc::new(Closure {
                        func: *func,
                        captures,
                        recv: None,
                    })),
                );
            }
            Op::MethodValue(func) => {
                let recv = self.pop(gid);
                if func & crate::NATIVE_BIT != 0 {
                    // A refusal ends the run: as a panic, a deferred recover could
                    // swallow it and the program would go on to print a wrong answer.
                    return self.refuse("method values of library types");
                }
                self.push(
                    gid,
                    Value::Func(Rc::new(Closure {
                        func: *func,
                        captures: vec![],
                        recv: Some(recv),
                    })),
                );
            }
            Op::IfaceMethodValue(name) => {
                let recv = self.pop(gid);
                let Value::Iface(iv) = &recv else {
                    return rt("invalid memory address or nil pointer dereference");
                };
                match self.method_for(iv.0, *name) {
                    Some((func, recv_v)) => {
                        // A nil pointer the method must look through: Go binds the
                        // interface and panics in the call (or, where its compiler sees
                        // the concrete type, dereferences nil here).
                        let direct_ptr_method = recv_v.0 && recv_v.1.is_empty();
                        let nil_ptr = iv.1.is_nil()
                            && matches!(
                                self.prog.types.kind(iv.0),
                                crate::types::TypeKind::Pointer(_)
                            );
                        if nil_ptr && !direct_ptr_method {
                            return self
                                .refuse("a method value of an interface holding a nil pointer");
                        }
                        let r = match self.adjust_receiver(iv.0, &iv.1, &recv_v) {
                            Ok(r) => r,
                            Err(f) => return f,
                        };
                        self.push(
                            gid,
                            Value::Func(Rc::new(Closure {
                                func,
                                captures: vec![],
                                recv: Some(r),
                            })),
                        );
                    }
                    None => return rt("method not found"),
                }
            }
            Op::Call { kind, nargs } => return self.call(gid, *kind, *nargs, false),
            Op::Pack { kind, nargs } => {
                let args = self.popn(gid, *nargs as usize);
                let callee = match kind {
                    CallKind::Static(f) => Callee::Func(*f),
                    CallKind::Native(n) => Callee::Native(*n),
                    CallKind::Value => match self.pop(gid) {
                        Value::Func(c) => Callee::Closure(c),
                        // A nil func value: `go` ends the program and a deferred call
                        // panics when its turn comes (Op::Go, enter_pending).
                        _ => Callee::Nil,
                    },
                    CallKind::Iface(name) => {
                        let recv = args.first().cloned().unwrap_or_default();
                        let Value::Iface(iv) = &recv else {
                            return rt("invalid memory address or nil pointer dereference");
                        };
                        let mname = self.prog.method_names[*name as usize].clone();
                        // The method is looked up when the statement runs (Go looks
                        // it up then but panics in the call): never surely wrapped.
                        match self.resolve_method(iv.0, &iv.1, &mname, Through::Maybe) {
                            Err(f) => return f,
                            Ok(Some((func, r))) => {
                                let mut a = args.clone();
                                a[0] = r;
                                self.push(
                                    gid,
                                    Value::Call(Rc::new(PendingCall {
                                        callee: if func & crate::NATIVE_BIT != 0 {
                                            Callee::Native(func & !crate::NATIVE_BIT)
                                        } else {
                                            Callee::Func(func)
                                        },
                                        args: a,
                                    })),
                                );
                                return Flow::Next;
                            }
                            Ok(None) => return rt("method not found"),
                        }
                    }
                };
                self.push(gid, Value::Call(Rc::new(PendingCall { callee, args })));
            }
            Op::Go { wrapped } => {
                let c = self.pop(gid);
                if !wrapped && matches!(&c, Value::Call(pc) if pc.callee == Callee::Nil) {
                    // Go's newproc throws before any goroutine exists.
                    let msg = format!(
                        "fatal error: go of nil func value\n\ngoroutine {gid} [running]:\n"
                    );
                    self.stderr.extend_from_slice(msg.as_bytes());
                    self.exit = Some(Exit::Code(2));
                    return Flow::End;
                }
                if self.goroutines.len() as u32 >= self.limits.max_goroutines {
                    let limit = self.limits.max_goroutines;
                    let which = if limit == super::Limits::PAGE_GOROUTINES {
                        " in the page; the gosim command line allows 200000"
                    } else {
                        ""
                    };
                    self.stop_limit(format!(
                        "stopped: more than {limit} goroutines (the goroutine limit{which})"
                    ));
                    return Flow::End;
                }
                // Go's traceback names the function that ran the `go` statement.
                let (creator, go_pc) = self.goroutines[gi]
                    .frames
                    .last()
                    .map_or((0, 0), |f| (f.func, f.pc.saturating_sub(1)));
                // What the goroutine is named by until it runs code of its own: a
                // method value's `-fm` wrapper, a builtin's `gowrapN` closure (Go's names).
                let (start, method_value) = match &c {
                    Value::Call(pc) => match &pc.callee {
                        Callee::Func(f) => (*f, false),
                        Callee::Closure(cl) => (cl.func, cl.recv.is_some()),
                        Callee::Native(_) | Callee::Nil => {
                            (self.prog.go_wrapper(creator, go_pc).unwrap_or(0), false)
                        }
                    },
                    _ => (0, false),
                };
                let id = self.spawn(start, vec![c], Some((gid, creator)));
                self.goroutines[id as usize - 1].start_method_value = method_value;
                self.touch(|| super::footprint::Resource::Spawn, true);
                self.touch_alive_count();
                if self.race.is_some() {
                    let (line, _) = self.position(gid);
                    let function = self
                        .goroutines
                        .get(gi)
                        .and_then(|g| g.frames.last())
                        .and_then(|f| self.prog.funcs.get(f.func as usize))
                        .map(|f| f.name.clone())
                        .unwrap_or_default();
                    if let Some(race) = self.race.as_mut() {
                        race.on_go(
                            gid,
                            id,
                            super::race::Creation {
                                parent: gid,
                                function,
                                line,
                            },
                        );
                    }
                }
                // Go puts the new goroutine in runnext.
                if let Some(prev) = self.runnext.replace(id) {
                    self.runq_push(prev);
                }
                return Flow::Yield(EventKind::Go, format!("go: started goroutine {id}"));
            }
            Op::Defer => {
                let c = self.pop(gid);
                if let Value::Call(pc) = c {
                    let pc = Rc::try_unwrap(pc).unwrap_or_else(|rc| (*rc).clone());
                    if let Some(f) = self.goroutines[gi].frames.last_mut() {
                        if f.defers.len() >= MAX_DEFERS {
                            return self.too_many_defers();
                        }
                        f.defers.push(pc);
                    }
                }
            }
            Op::FrameToken => {
                let depth = self.goroutines[gi].frames.len() as i64;
                self.push(gid, Value::Int(((gid as i64) << 32) | (depth - 1)));
            }
            Op::DeferAt => {
                let token = self.pop(gid).as_int();
                let c = self.pop(gid);
                // The loop's frame, on the goroutine that runs the loop: an iterator
                // may call the body from another goroutine, and Go defers there too.
                let (owner, at) = ((token >> 32) as usize, (token & 0xffff_ffff) as usize);
                if let Value::Call(pc) = c {
                    let pc = Rc::try_unwrap(pc).unwrap_or_else(|rc| (*rc).clone());
                    let frame = owner
                        .checked_sub(1)
                        .and_then(|o| self.goroutines.get_mut(o))
                        .and_then(|g| g.frames.get_mut(at));
                    match frame {
                        Some(f) if f.defers.len() >= MAX_DEFERS => return self.too_many_defers(),
                        Some(f) => f.defers.push(pc),
                        None => {
                            return self.refuse("defer after its range-over-func loop ended");
                        }
                    }
                }
            }
            Op::RunDefers => {
                let g = &mut self.goroutines[gi];
                let Some(f) = g.frames.last_mut() else {
                    return Flow::Next;
                };
                if let Some(d) = f.defers.pop() {
                    f.pc -= 1;
                    if let Some(ev) = self.enter_pending(gid, d, true, true) {
                        return super::goexit::ended(ev);
                    }
                }
            }
            Op::Ret(n) => {
                let g = &mut self.goroutines[gi];
                let Some(f) = g.frames.pop() else {
                    // No frame to return from: the results are dropped all the same.
                    let at = g.stack.len().saturating_sub(*n as usize);
                    g.stack.truncate(at);
                    return Flow::Next;
                };
                // The results (the top `n` values) replace the frame's slots, moved down
                // in place rather than through a temporary vector.
                let base = f.base as usize;
                let at = g.stack.len().saturating_sub(*n as usize);
                if f.discard_results {
                    g.stack.truncate(at.min(base));
                } else {
                    move_results(&mut g.stack, base, *n as usize);
                }
                if g.frames.is_empty() {
                    let ev = self.goroutine_exit(gid);
                    return Flow::Yield(ev.kind, ev.text);
                }
                // Only the return of the deferred call the panic (or Goexit) itself
                // started goes on unwinding.
                let depth = self.goroutines[gi].frames.len() as u32 + 1;
                if f.is_deferred
                    && self.goroutines[gi]
                        .panic
                        .as_ref()
                        .is_some_and(|p| p.frame == depth)
                {
                    if let Some(ev) = self.after_deferred_return(gid) {
                        return super::goexit::ended(ev);
                    }
                }
            }
            Op::Panic => {
                let v = self.pop(gid);
                let v = if v.is_nil() {
                    self.runtime_error_value(&Value::str(
                        "runtime error: panic called with nil argument",
                    ))
                } else {
                    v
                };
                return Flow::Panic(v);
            }
            Op::Recover => {
                // Only the deferred call the panic started recovers it (Go's rule:
                // called directly by that deferred function), and a Goexit never.
                let g = &mut self.goroutines[gi];
                let deferred = g.frames.last().is_some_and(|f| f.is_deferred);
                let depth = g.frames.len() as u32;
                match &mut g.panic {
                    Some(p) if deferred && !p.recovered && !p.goexit && p.frame == depth => {
                        p.recovered = true;
                        let v = p.value.clone();
                        self.push(gid, v);
                    }
                    _ => self.push(gid, Value::Nil),
                }
            }
            Op::Send => return self.chan_send(gid),
            Op::Recv { ok } => return self.chan_recv(gid, *ok),
            Op::Close => return self.chan_close(gid),
            Op::Select(i) => return self.select(gid, *i),
            Op::Unreachable => return rt("unreachable code reached"),
            other => return self.exec_data(gid, other),
        }
        Flow::Next
    }

    /// Calls a function of any kind; `nargs` arguments are on the stack.
    pub(crate) fn call(&mut self, gid: u32, kind: CallKind, nargs: u32, discard: bool) -> Flow {
        match kind {
            CallKind::Static(f) => {
                if self.enter(gid, f, nargs, None, discard, false).is_some() {
                    return Flow::End;
                }
                Flow::Next
            }
            CallKind::Value => {
                let args = self.popn(gid, nargs as usize);
                let fv = self.pop(gid);
                let Value::Func(c) = fv else {
                    return rt("invalid memory address or nil pointer dereference");
                };
                self.goroutines[gid as usize - 1].stack.extend(args);
                if c.func & crate::NATIVE_BIT != 0 {
                    let args = self.popn(gid, nargs as usize);
                    return self.call_native(gid, c.func & !crate::NATIVE_BIT, args, discard);
                }
                if self
                    .enter(gid, c.func, nargs, Some(&c), discard, false)
                    .is_some()
                {
                    return Flow::End;
                }
                Flow::Next
            }
            CallKind::Iface(name) => {
                let st = &self.goroutines[gid as usize - 1].stack;
                let at = st.len().saturating_sub(nargs as usize);
                let recv = st.get(at).cloned().unwrap_or_default();
                let Value::Iface(iv) = &recv else {
                    return rt("invalid memory address or nil pointer dereference");
                };
                let mname = self.prog.method_names[name as usize].clone();
                let site = self.goroutines[gid as usize - 1]
                    .frames
                    .last()
                    .map_or(Through::Maybe, |f| {
                        Through::Site(f.func, f.pc.saturating_sub(1))
                    });
                let (func, r) = match self.resolve_method(iv.0, &iv.1, &mname, site) {
                    Ok(Some(found)) => found,
                    Ok(None) => return rt("method not found"),
                    Err(f) => return f,
                };
                self.goroutines[gid as usize - 1].stack[at] = r;
                if func & crate::NATIVE_BIT != 0 {
                    let args = self.popn(gid, nargs as usize);
                    return self.call_native(gid, func & !crate::NATIVE_BIT, args, discard);
                }
                if self.enter(gid, func, nargs, None, discard, false).is_some() {
                    return Flow::End;
                }
                Flow::Next
            }
            CallKind::Native(n) => {
                let args = self.popn(gid, nargs as usize);
                self.call_native(gid, n, args, discard)
            }
        }
    }

    /// Runs a native (or a packaged builtin); pushes its results unless `discard`.
    pub(crate) fn call_native(
        &mut self,
        gid: u32,
        id: u32,
        args: Vec<Value>,
        discard: bool,
    ) -> Flow {
        if id >= builtin_native::BASE {
            return match id {
                builtin_native::CLOSE => {
                    self.push(gid, args.into_iter().next().unwrap_or_default());
                    self.chan_close(gid)
                }
                builtin_native::PANIC => Flow::Panic(args.into_iter().next().unwrap_or_default()),
                builtin_native::DELETE => {
                    let mut it = args.into_iter();
                    let (m, k) = (it.next().unwrap_or_default(), it.next().unwrap_or_default());
                    if let Value::Map(o) = m {
                        if let Object::Map(mo) = self.heap.get_mut(o) {
                            mo.remove(&k);
                        }
                    }
                    Flow::Next
                }
                builtin_native::RECOVER => {
                    // recover() called by a deferred call directly is not a recover of
                    // the deferring function's panic (Go returns nil here).
                    Flow::Next
                }
                _ => Flow::Next,
            };
        }
        self.touch_native(id, &args);
        let f = self.natives.get(id as usize).copied();
        match f {
            Some(f) => {
                let nres = self
                    .prog
                    .natives
                    .get(id as usize)
                    .map(|n| n.nresults)
                    .unwrap_or(0);
                match f(self, gid, args) {
                    super::natives::NativeResult::Return(vals) => {
                        // A native's strings (`strings.Repeat`, `fmt.Sprint`, ...) are
                        // new host memory the heap limit must see.
                        for v in &vals {
                            if let Value::Str(_) | Value::Agg(_) = v {
                                self.heap.made += crate::value::made_words(v);
                            }
                        }
                        if !discard {
                            let mut vals = vals;
                            vals.resize(nres as usize, Value::Nil);
                            self.goroutines[gid as usize - 1].stack.extend(vals);
                        }
                        Flow::Next
                    }
                    super::natives::NativeResult::Flow(fl) => fl,
                }
            }
            None => rt("unknown native"),
        }
    }

    /// Stops a run whose one function has deferred [`MAX_DEFERS`] calls: deferred
    /// calls live outside the heap's word count, so `for { defer f() }` would
    /// otherwise take the host's memory before any other limit stopped it.
    fn too_many_defers(&mut self) -> Flow {
        self.stop_limit(format!(
            "stopped: one function deferred more than {MAX_DEFERS} calls (the memory limit)"
        ));
        Flow::End
    }

    pub(crate) fn check_heap(&mut self) -> Option<Flow> {
        self.check_heap_for(0)
    }

    /// Stops the run if the heap, plus `extra` words about to be allocated, is over
    /// the limit even after a collection.
    /// `extra` is charged to the words made outside the heap's count (a string about
    /// to be made, or an array), and the whole machine is measured when enough has
    /// been made (`hostmem`): strings, array and struct values and goroutine stacks
    /// count against the limit too.
    pub(crate) fn check_heap_for(&mut self, extra: u64) -> Option<Flow> {
        let mut over = false;
        if self.heap.words + extra > self.limits.max_heap_words {
            // Every value is in the machine's state here (the sites that call this
            // have pushed their results), so collecting mid-step is safe.
            self.collect_garbage();
            over = self.heap.words + extra > self.limits.max_heap_words;
        }
        self.heap.made = self.heap.made.saturating_add(extra);
        if !over && self.heap.measure_due() {
            over = self.past_memory_limit(extra);
        }
        if over {
            self.stop_limit(format!(
                "stopped: the program's heap grew past {} MB (the memory limit)",
                self.limits.max_heap_words * 8 / (1 << 20)
            ));
            return Some(Flow::End);
        }
        None
    }

    /// Receiver adjustment for a method called through an interface: `how` is
    /// (pointer receiver?, path through embedded fields).
    pub(super) fn adjust_receiver(
        &mut self,
        t: crate::types::TypeId,
        v: &Value,
        how: &(bool, crate::vm::ops::EmbedPath),
    ) -> Result<Value, Flow> {
        let (ptr_recv, path) = how;
        let mut cur = v.clone();
        // A nil pointer (`Value::Nil`) is a reference too: a value method or an
        // embedded field reached through it dereferences nil and panics.
        let mut is_ref = matches!(cur, Value::Ptr(_))
            || matches!(self.prog.types.ukind(t), crate::types::TypeKind::Pointer(_));
        for (f, through_ptr) in path {
            if is_ref {
                let Value::Ptr(r) = cur else {
                    return Err(rt("invalid memory address or nil pointer dereference"));
                };
                let mut r = (*r).clone();
                r.path.push(*f);
                cur = Value::Ptr(Rc::new(r));
                if *through_ptr {
                    cur = self.deref_value(&cur)?;
                }
            } else {
                cur = match cur {
                    Value::Agg(fs) => fs.get(*f as usize).cloned().unwrap_or_default(),
                    _ => Value::Nil,
                };
                if *through_ptr {
                    is_ref = true;
                }
            }
            if *through_ptr {
                is_ref = true;
            }
        }
        if *ptr_recv {
            Ok(cur)
        } else if is_ref {
            self.deref_value(&cur)
        } else {
            Ok(cur)
        }
    }

    fn deref_value(&mut self, v: &Value) -> Result<Value, Flow> {
        match v {
            Value::Ptr(r) => self.load_ref(0, r),
            _ => Err(rt("invalid memory address or nil pointer dereference")),
        }
    }

    /// Finds method `name` of a value `v` of dynamic type `t` and the receiver to
    /// call it with (embedded fields walked, addresses taken or values loaded as the
    /// method wants), following methods promoted from embedded interfaces to the
    /// value inside. `Ok(None)` when there is no such method. `through` says whether
    /// Go surely calls through the interface here (not a call its compiler may have
    /// made direct): if not, a value method on a nil pointer is refused, as Go's
    /// message would depend on its optimizer.
    pub(crate) fn resolve_method(
        &mut self,
        t: crate::types::TypeId,
        v: &Value,
        name: &str,
        through: Through,
    ) -> Result<Option<(u32, Value)>, Flow> {
        let (mut t, mut v) = (t, v.clone());
        // Each hop goes one embedded interface deeper; values cannot nest forever,
        // but a bound keeps a malformed state from looping.
        for _ in 0..64 {
            let Some((func, how, _)) = crate::vm::ops::find_method_sig(&self.prog.types, t, name)
            else {
                return Ok(None);
            };
            if let Some(msg) = self.panicwrap(t, &v, &how, name) {
                if !through.surely(&self.prog) {
                    return Err(self.refuse(
                        "a value method called through an interface holding a nil \
                         pointer here (Go's message depends on whether its compiler \
                         devirtualizes the call)",
                    ));
                }
                return Err(Flow::Panic(Value::Tuple(
                    vec![Value::str(&msg)].into_boxed_slice(),
                )));
            }
            let recv = self.adjust_receiver(t, &v, &how)?;
            if func != crate::vm::ops::VIA_EMBEDDED_IFACE {
                return Ok(Some((func, recv)));
            }
            let Value::Iface(iv) = recv else {
                return Err(rt("invalid memory address or nil pointer dereference"));
            };
            (t, v) = (iv.0, iv.1.clone());
        }
        Ok(None)
    }

    /// Go's message when a value method of `T` is called through an interface holding
    /// a nil `*T`: the compiler's `(*T).M` wrapper checks for nil and calls
    /// `runtime.panicwrap` (a `plainError`). A method promoted through an embedded
    /// field is not wrapped that way: its wrapper dereferences nil instead.
    fn panicwrap(
        &self,
        t: crate::types::TypeId,
        v: &Value,
        how: &(bool, crate::vm::ops::EmbedPath),
        method: &str,
    ) -> Option<String> {
        let types = &self.prog.types;
        let (false, path) = how else { return None };
        if !path.is_empty() || !v.is_nil() {
            return None;
        }
        let crate::types::TypeKind::Pointer(elem) = *types.kind(t) else {
            return None;
        };
        let crate::types::TypeKind::Named(n) = types.kind(elem) else {
            return None;
        };
        // Go takes the type's name from the wrapper's symbol, where an instance of a
        // generic type shows its type arguments as `[...]`.
        let name = match n.name.find('[') {
            Some(i) => format!("{}[...]", &n.name[..i]),
            None => n.name.to_string(),
        };
        Some(format!(
            "value method {}.{name}.{method} called using nil *{name} pointer",
            n.pkg
        ))
    }

    /// The method `name` of dynamic type `t`: the function and how to adjust the receiver.
    pub(crate) fn method_for(&self, t: u32, name: u32) -> Option<crate::vm::ops::MethodTarget> {
        let mname = self.prog.method_names.get(name as usize)?;
        crate::vm::ops::find_method(&self.prog.types, t, mname)
    }

    /// The value a run-time panic with text `msg` carries, of Go's type for it
    /// (`runtime.boundsError`, `runtime.errorString`, ...), told by the text: the
    /// runtime's messages are a closed set, and each kind's wording is its own.
    pub(crate) fn runtime_error_value(&mut self, msg: &Value) -> Value {
        let types = self.prog.runtime_errors;
        let text = msg.as_bytes();
        let agg = |v: Value| Value::Agg(vec![v].into_boxed_slice());
        let (t, v) = if let Some(rest) = text.strip_prefix(b"runtime error: ".as_slice()) {
            if rest.starts_with(b"index out of range")
                || rest.starts_with(b"slice bounds out of range")
                || rest.starts_with(b"cannot convert slice with length")
            {
                (types.bounds, agg(msg.clone()))
            } else if rest.starts_with(b"panic called with nil argument") {
                let o = self.heap.alloc(Object::Cell(Value::Agg(
                    vec![Value::Agg(Box::default())].into_boxed_slice(),
                )));
                (types.panic_nil_ptr, heap_ptr(o))
            } else {
                (types.error_string, Value::Str(rest.into()))
            }
        } else if text.starts_with(b"interface conversion: ") {
            let o = self.heap.alloc(Object::Cell(agg(msg.clone())));
            (types.assertion_ptr, heap_ptr(o))
        } else if text.starts_with(b"hash of unhashable type: ") {
            (types.unhashable, agg(msg.clone()))
        } else {
            (types.plain, msg.clone())
        };
        Value::Iface(Rc::new((t, v)))
    }
}
