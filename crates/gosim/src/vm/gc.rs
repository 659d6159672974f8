//! The garbage collector: mark and sweep over the machine's heap.
//!
//! Go programs allocate freely (every `append` past capacity, every escaped
//! variable, every closure's captured cell), and a teaching run may go on for a
//! million steps, so garbage must be reclaimed or the page's memory grows without end.
//! The collector runs only between steps, when every live value sits in the machine's
//! own state (globals, goroutine stacks and frames, channel buffers and queues, timers,
//! semaphore queues), never in a local of the interpreter. Freed ids go back on the
//! heap's free list in a fixed order, so the same run collects at the same steps and
//! reuses the same ids on every machine: determinism is kept.

use super::{Machine, TimerKind};
use crate::value::{Callee, ObjId, Object, PendingCall, Root, Value};

/// Words allocated since the last collection that trigger the next one, at least.
const MIN_TRIGGER_WORDS: u64 = 1 << 16;

impl Machine {
    /// Collects if enough has been allocated since the last collection (more than the
    /// heap held after it, as Go's default GOGC=100 paces it).
    pub(crate) fn gc_if_due(&mut self) {
        let since = self.heap.words.saturating_sub(self.heap.words_after_gc);
        if since > self.heap.words_after_gc.max(MIN_TRIGGER_WORDS) {
            self.collect_garbage();
        }
    }

    /// Frees every heap object no live value can reach. Does nothing while a method
    /// runs for `fmt` inside a step, when the operands live in the interpreter's locals.
    pub(crate) fn collect_garbage(&mut self) {
        if self.scratch.is_some() {
            return;
        }
        let mut marked = vec![false; self.heap.objects.len()];
        let mut work: Vec<ObjId> = vec![];
        for v in &self.globals {
            refs_in(v, &mut work);
        }
        for g in &self.goroutines {
            for v in &g.stack {
                refs_in(v, &mut work);
            }
            for f in &g.frames {
                for d in &f.defers {
                    refs_in_call(d, &mut work);
                }
            }
            let mut panic = g.panic.as_ref();
            while let Some(p) = panic {
                refs_in(&p.value, &mut work);
                for (v, _) in &p.earlier {
                    refs_in(v, &mut work);
                }
                panic = p.outer.as_deref();
            }
            if let Some(v) = &g.resume {
                refs_in(v, &mut work);
            }
        }
        for t in &self.timers {
            match &t.kind {
                TimerKind::Send { chan, .. } => work.push(*chan),
                TimerKind::Func { func, .. } => refs_in(func, &mut work),
                TimerKind::Wake { .. } => {}
            }
        }
        for r in self.sema.keys() {
            if let Root::Heap(o) = r.root {
                work.push(o);
            }
        }
        while let Some(o) = work.pop() {
            let Some(m) = marked.get_mut(o as usize) else {
                continue;
            };
            if *m {
                continue;
            }
            *m = true;
            match &self.heap.objects[o as usize] {
                Object::Cell(v) => refs_in(v, &mut work),
                Object::Array(vs) => vs.iter().for_each(|v| refs_in(v, &mut work)),
                Object::Map(mo) => {
                    for (k, v) in mo.entries.iter().flatten() {
                        refs_in(k, &mut work);
                        refs_in(v, &mut work);
                    }
                }
                Object::Chan(c) => {
                    c.buf.iter().for_each(|v| refs_in(v, &mut work));
                    for w in c.sendq.iter().chain(&c.recvq) {
                        refs_in(&w.value, &mut work);
                    }
                    refs_in(&c.elem_zero, &mut work);
                }
                Object::Free => {}
            }
        }
        // Sweep in descending id order, so the free list hands out low ids first.
        let mut freed = vec![];
        for (id, live) in marked.iter().enumerate().rev() {
            let obj = &mut self.heap.objects[id];
            if !live && !matches!(obj, Object::Free) {
                self.heap.words = self
                    .heap
                    .words
                    .saturating_sub(crate::value::object_words(obj));
                *obj = Object::Free;
                freed.push(id as ObjId);
            }
        }
        if let Some(race) = self.race.as_mut() {
            race.forget_objects(&freed);
        }
        let objects = &self.heap.objects;
        self.heap
            .loose
            .retain(|id| !matches!(objects[*id as usize], Object::Free));
        self.heap
            .vague
            .retain(|v| !matches!(objects[v.0 as usize], Object::Free));
        // The free list is kept sorted (highest id at the bottom) so reuse order is
        // a function of the heap's contents only. It is in that order already (an
        // allocation only pops its lowest id), and so is `freed` (swept downwards):
        // merging the two keeps it so without a sort.
        self.heap.free = merge_descending(&self.heap.free, &freed);
        self.heap.allocs_since_gc = 0;
        self.heap.words_after_gc = self.heap.words;
        self.heap.collections += 1;
    }
}

/// Pushes the heap objects value `v` refers to directly (or through values it
/// holds inline: struct fields, interface contents, closures).
fn refs_in(v: &Value, out: &mut Vec<ObjId>) {
    match v {
        Value::Ptr(r) => {
            if let Root::Heap(o) = r.root {
                out.push(o);
            }
        }
        Value::Slice(s) => out.push(s.arr),
        Value::Map(o) | Value::Chan(o) => out.push(*o),
        Value::Func(c) => {
            out.extend(c.captures.iter().copied());
            if let Some(r) = &c.recv {
                refs_in(r, out);
            }
        }
        Value::Iface(iv) => refs_in(&iv.1, out),
        Value::Agg(vs) | Value::Tuple(vs) => vs.iter().for_each(|x| refs_in(x, out)),
        Value::Call(pc) => refs_in_call(pc, out),
        Value::Nil | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Str(_) => {}
    }
}

fn refs_in_call(pc: &PendingCall, out: &mut Vec<ObjId>) {
    if let Callee::Closure(c) = &pc.callee {
        refs_in(&Value::Func(c.clone()), out);
    }
    pc.args.iter().for_each(|a| refs_in(a, out));
}

/// The union of two lists of ids in descending order, in descending order, each id
/// once.
fn merge_descending(a: &[ObjId], b: &[ObjId]) -> Vec<ObjId> {
    let mut out: Vec<ObjId> = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    loop {
        let next = match (a.get(i), b.get(j)) {
            (Some(&x), Some(&y)) if x >= y => {
                i += 1;
                x
            }
            (_, Some(&y)) => {
                j += 1;
                y
            }
            (Some(&x), None) => {
                i += 1;
                x
            }
            (None, None) => break,
        };
        if out.last() != Some(&next) {
            out.push(next);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::merge_descending;

    #[test]
    fn merging_keeps_descending_order_and_drops_repeats() {
        assert_eq!(
            merge_descending(&[9, 7, 3], &[8, 7, 2, 1]),
            [9, 8, 7, 3, 2, 1]
        );
        assert_eq!(merge_descending(&[], &[5, 4]), [5, 4]);
        assert_eq!(merge_descending(&[6, 0], &[]), [6, 0]);
        assert_eq!(merge_descending(&[], &[]), Vec::<u32>::new());
        assert_eq!(merge_descending(&[4, 4, 2], &[4, 3]), [4, 3, 2]);
    }
}
