//! `runtime.Goexit`, and how a panic, a Goexit and a recovery nest.
//!
//! Go runs Goexit as a special panic: the goroutine's deferred calls run, newest
//! first, `recover` sees nothing, and when none is left the goroutine ends (the
//! program goes on). The engine does the same with a [`PanicState`] whose `goexit`
//! is set, unwound by the same `Machine::unwind` as a panic.
//!
//! Nesting follows Go's runtime: a panic raised inside a deferred call that a
//! Goexit (or another panic) is running keeps that one as its `outer`. If the new
//! panic is recovered while the outer one's deferred call is still on the stack,
//! the outer one carries on once that call returns (a Goexit is not cancelled by a
//! recovered panic, and neither is an earlier panic: go1.27.3 prints `recovered
//! inner` and then still runs the Goexit's remaining deferred calls). A Goexit is
//! never skipped: when the panic is recovered in the frame that called Goexit (`defer
//! func() { recover() }(); defer panic("p"); runtime.Goexit()`) or a shallower one,
//! the Goexit goes on from there, and the recovering frame never returns.
//! singleflight relies on this to tell a Goexit from a panic in `doCall`.
//!
//! Two cases are refused by name rather than modelled: Goexit on the main goroutine
//! (Go then waits for the other goroutines and dies with `no goroutines (main
//! called runtime.Goexit) - deadlock!`) and Goexit called while the goroutine is
//! panicking.

use super::exec::Flow;
use super::{Event, EventKind, Machine, PanicState};
use crate::value::Value;

/// The flow for an event that ended the step while unwinding: a goroutine ended by
/// Goexit is not the program's end.
pub(super) fn ended(ev: Event) -> Flow {
    if ev.kind == EventKind::Exit {
        Flow::Yield(ev.kind, ev.text)
    } else {
        Flow::End
    }
}

/// What a new panic inherits from the state `old` it interrupts: the chain of
/// earlier panics (printed when the program dies; a Goexit is not printed) and the
/// outer panic or Goexit to resume if the new one is recovered.
pub(super) fn interrupted(
    old: Option<PanicState>,
) -> (Vec<(Value, bool)>, Option<Box<PanicState>>) {
    let Some(old) = old else {
        return (vec![], None);
    };
    if old.goexit {
        return (old.earlier.clone(), Some(Box::new(old)));
    }
    let mut earlier = old.earlier.clone();
    earlier.push((old.value.clone(), old.recovered));
    // A panic already recovered is finished once its deferred call returns; what it
    // interrupted in turn is what may resume.
    let outer = if old.recovered {
        old.outer
    } else {
        Some(Box::new(old))
    };
    (earlier, outer)
}

/// What goes on after a recovery: see [`resumed`].
pub(super) enum Resume {
    /// The frame whose deferred call recovered returns normally; the panic or Goexit
    /// given (if any) is still running a deferred call further up the stack and goes
    /// on when that call returns.
    CarryOn(Option<PanicState>),
    /// A Goexit that began in that frame or deeper: Go never lets a recovery skip
    /// one, so it goes on unwinding from the recovering frame (whose remaining
    /// deferred calls run; it never returns).
    Goexit(PanicState),
}

/// After `recovered` is recovered with `depth` frames left (the frame whose deferred
/// call recovered on top), walk the panics it interrupted, innermost first, as Go's
/// `recovery` does: one whose deferred call is still on the stack (`frame <= depth`)
/// carries on once that call returns; a Goexit that is not (it began in the
/// recovering frame or deeper) resumes at once; any other panic is over.
pub(super) fn resumed(recovered: &PanicState, depth: u32) -> Resume {
    let mut outer = recovered.outer.as_deref();
    while let Some(o) = outer {
        if o.frame <= depth {
            return Resume::CarryOn(Some(o.clone()));
        }
        if o.goexit {
            return Resume::Goexit(o.clone());
        }
        outer = o.outer.as_deref();
    }
    Resume::CarryOn(None)
}

impl Machine {
    /// `runtime.Goexit` on goroutine `gid`: start unwinding it.
    pub(super) fn goexit(&mut self, gid: u32) -> Flow {
        if gid == 1 {
            return self.refuse("runtime.Goexit on the main goroutine");
        }
        let g = &mut self.goroutines[gid as usize - 1];
        if g.panic.is_some() {
            return self.refuse("runtime.Goexit while panicking");
        }
        g.panic = Some(PanicState {
            value: Value::Nil,
            recovered: false,
            runtime_error: false,
            earlier: vec![],
            frame: 0,
            goexit: true,
            outer: None,
        });
        match self.unwind(gid) {
            None => Flow::Next,
            Some(ev) => ended(ev),
        }
    }

    /// When a Goexit has run every deferred call of goroutine `gid`: the goroutine
    /// ends. `None` if it is a panic that ran out of deferred calls instead.
    pub(super) fn goexit_done(&mut self, gid: u32) -> Option<Event> {
        let g = &mut self.goroutines[gid as usize - 1];
        if !g.panic.as_ref().is_some_and(|p| p.goexit) {
            return None;
        }
        g.panic = None;
        Some(self.goroutine_exit(gid))
    }
}
