//! The engine's own memory, measured for the heap limit.
//!
//! The heap's word count ([`crate::value::Heap::words`]) paces the collector and counts
//! each heap object shallowly: a slot per element, nothing for the bytes of a string,
//! the values inside an array or struct value, or the goroutines' stacks. Those live
//! outside it, so a program keeping 5,000 one-megabyte strings took 5 GB of the host
//! (a page's tab dies at a few) under a 512 MB limit. This module measures everything
//! a machine holds, deeply, and the limit is checked against that measure too.
//!
//! Measuring walks the whole machine, so it is done only when enough has been made
//! outside the word count since the last measure ([`Heap::made`], charged where strings
//! and array or struct values are made or copied): at least [`MIN_MEASURE_WORDS`], and
//! a quarter of the last measure, so its cost stays proportional to the allocation it
//! watches and the measure stays within 1.25 times the limit (the host's memory within
//! about twice the limit: a value's slot is counted as two words and takes three). The word count's
//! pacing of the collector is untouched, so programs under the limit run, collect and
//! number their objects exactly as before. A string or interface value shared by many
//! holders (Go shares them too) is counted once: by the address of its host
//! allocation, which a machine's own operations decide, so the measure is the same on
//! every run.

use super::Machine;
use crate::value::{Callee, Heap, Object, PendingCall, Value};

/// The fewest words made between two measures (8 MB).
const MIN_MEASURE_WORDS: u64 = 1 << 20;

/// Strings at least this long (and interface values holding an array, struct or
/// string) are counted once however many values share them; shorter ones are counted
/// per holder, which over-counts at most a few words each.
const SHARED_BYTES: usize = 256;

impl Heap {
    /// Whether enough has been made outside the word count to measure again.
    #[inline(always)]
    pub(crate) fn measure_due(&self) -> bool {
        self.made > self.measure_at.max(MIN_MEASURE_WORDS)
    }
}

/// A walk that counts each shared host allocation once.
struct Count {
    /// The addresses met, as `Value::Int` keys: a map type the engine has already
    /// (a map object's index), so the widget's module carries no new hash table code.
    seen: std::collections::HashMap<Value, usize>,
}

impl Count {
    /// Whether the allocation at `at` is met for the first time.
    fn first(&mut self, at: usize) -> bool {
        self.seen.insert(Value::Int(at as i64), 0).is_none()
    }
}

impl Count {
    /// The words `v` holds: its slot (2) and what it owns.
    fn value(&mut self, v: &Value) -> u64 {
        2 + match v {
            Value::Str(s) if s.len() >= SHARED_BYTES => {
                if self.first(s.as_ptr() as usize) {
                    s.len() as u64 / 8
                } else {
                    0
                }
            }
            Value::Str(s) => s.len() as u64 / 8,
            Value::Agg(vs) | Value::Tuple(vs) => self.values(vs),
            Value::Ptr(r) => 2 + r.path.len() as u64 / 2,
            Value::Func(c) => {
                2 + c.captures.len() as u64 / 2 + c.recv.as_ref().map_or(0, |r| self.value(r))
            }
            Value::Iface(iv) => {
                let big = matches!(&iv.1, Value::Agg(_) | Value::Str(_) | Value::Tuple(_));
                if big && !self.first(std::rc::Rc::as_ptr(iv) as usize) {
                    0
                } else {
                    1 + self.value(&iv.1)
                }
            }
            Value::Call(pc) => self.call(pc),
            Value::Nil
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Slice(_)
            | Value::Map(_)
            | Value::Chan(_) => 0,
        }
    }

    fn values<'a>(&mut self, vs: impl IntoIterator<Item = &'a Value>) -> u64 {
        vs.into_iter().map(|v| self.value(v)).sum()
    }

    fn call(&mut self, pc: &PendingCall) -> u64 {
        let callee = match &pc.callee {
            Callee::Closure(c) => self.value(&Value::Func(c.clone())),
            _ => 0,
        };
        4 + callee + self.values(&pc.args)
    }

    fn object(&mut self, o: &Object) -> u64 {
        match o {
            Object::Cell(v) => self.value(v),
            Object::Array(vs) => 2 + self.values(vs),
            // Each entry: key, value, its index entry and serial.
            Object::Map(m) => {
                4 + m
                    .entries
                    .iter()
                    .map(|e| 4 + e.as_ref().map_or(0, |(k, v)| self.value(k) + self.value(v)))
                    .sum::<u64>()
            }
            Object::Chan(c) => {
                8 + self.values(c.buf.iter())
                    + c.sendq
                        .iter()
                        .chain(c.recvq.iter())
                        .map(|w| 4 + self.value(&w.value))
                        .sum::<u64>()
            }
            Object::Free => 0,
        }
    }
}

impl Machine {
    /// Every word the machine holds: package variables, each goroutine's stack,
    /// frames, deferred calls and panics, and every heap object not yet freed
    /// (garbage included: it holds the host's memory until collected).
    pub(crate) fn host_words(&self) -> u64 {
        let mut c = Count {
            seen: std::collections::HashMap::new(),
        };
        let mut n = c.values(&self.globals);
        for g in &self.goroutines {
            n += 16 + c.values(&g.stack);
            for f in &g.frames {
                n += 6;
                for d in &f.defers {
                    n += c.call(d);
                }
            }
            let mut panic = g.panic.as_ref();
            while let Some(p) = panic {
                n += c.value(&p.value);
                for (v, _) in &p.earlier {
                    n += c.value(v);
                }
                panic = p.outer.as_deref();
            }
            if let Some(v) = &g.resume {
                n += c.value(v);
            }
        }
        for o in &self.heap.objects {
            n += 1 + c.object(o);
        }
        n
    }

    /// A quick estimate of the words a clone of the machine holds (for the explorer,
    /// which keeps many): the heap's word count and each goroutine's stack and frames
    /// as slots, without looking into values, and the race detector's clocks; it grows
    /// with the number of goroutines, as a clone does.
    pub fn size_estimate(&self) -> u64 {
        let race = self.race.as_ref().map_or(0, |r| r.size_estimate());
        let stacks: u64 = self
            .goroutines
            .iter()
            .map(|g| 16 + 2 * g.stack.len() as u64 + 6 * g.frames.len() as u64)
            .sum();
        self.heap.words
            + self.heap.objects.len() as u64
            + 2 * self.globals.len() as u64
            + stacks
            + race
    }

    /// Measures the machine (see the module doc) and says whether it is past the
    /// heap limit with `extra` more words, after a collection if the measure alone is
    /// past it. Resets the charge that triggers the next measure.
    pub(crate) fn past_memory_limit(&mut self, extra: u64) -> bool {
        let limit = self.limits.max_heap_words;
        let mut words = self.host_words();
        if words.saturating_add(extra) > limit {
            self.collect_garbage();
            words = self.host_words();
        }
        self.heap.made = 0;
        self.heap.measure_at = words / 4;
        words.saturating_add(extra) > limit
    }
}
