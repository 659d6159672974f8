//! Channels and select, with Go's semantics: FIFO queues of waiting senders and
//! receivers, direct hand-off when a partner waits, a buffer otherwise, and the three
//! panics of misuse (`send on closed channel`, `close of closed channel`, `close of nil
//! channel`). A nil channel blocks forever.

use super::exec::Flow;
use super::{EventKind, GStatus, Machine};
use crate::value::{ChanWaiter, Object, Value};

impl Machine {
    fn chan_mut(&mut self, o: u32) -> Option<&mut crate::value::ChanObj> {
        self.touch(|| super::footprint::Resource::Chan(o), true);
        match self.heap.get_mut(o) {
            Object::Chan(c) => Some(c),
            _ => None,
        }
    }

    /// Whether a queued waiter still waits (a select leaves stale entries behind).
    fn waiter_live(&self, w: &ChanWaiter) -> bool {
        self.goroutine(w.gid)
            .is_some_and(|g| g.ticket == w.ticket && matches!(g.status, GStatus::Blocked(_)))
    }

    /// Pops the first live waiter of the receive (or send) queue.
    fn pop_waiter(&mut self, o: u32, send_side: bool) -> Option<ChanWaiter> {
        loop {
            let c = self.chan_mut(o)?;
            let w = if send_side {
                c.sendq.pop_front()?
            } else {
                c.recvq.pop_front()?
            };
            if self.waiter_live(&w) {
                return Some(w);
            }
        }
    }

    /// Completes a parked receiver's operation with `v`, and readies it.
    fn deliver(&mut self, w: &ChanWaiter, v: Value, ok: bool) {
        let g = &mut self.goroutines[w.gid as usize - 1];
        match w.select_case {
            Some(c) => {
                g.stack.push(v);
                g.stack.push(Value::Bool(ok));
                g.stack.push(Value::Int(c as i64));
            }
            None => {
                g.stack.push(v);
                if w.want_ok {
                    g.stack.push(Value::Bool(ok));
                }
            }
        }
        self.ready(w.gid);
    }

    /// Completes a parked sender's operation, and readies it.
    fn release_sender(&mut self, w: &ChanWaiter) {
        if let Some(c) = w.select_case {
            let g = &mut self.goroutines[w.gid as usize - 1];
            g.stack.push(Value::Nil);
            g.stack.push(Value::Bool(false));
            g.stack.push(Value::Int(c as i64));
        }
        self.ready(w.gid);
    }

    pub(crate) fn chan_send(&mut self, gid: u32) -> Flow {
        let v = self.pop(gid);
        let ch = self.pop(gid);
        let Value::Chan(o) = ch else {
            self.park(gid, "chan send (nil chan)");
            return Flow::Blocked("chan send (nil chan)".into());
        };
        match self.try_send(o, v.clone(), Some(gid)) {
            SendResult::Done => Flow::Yield(EventKind::Send, "send".into()),
            SendResult::Closed => Flow::Panic(Value::str("send on closed channel")),
            SendResult::WouldBlock => self.wait_on_chan(gid, o, true, v, false),
        }
    }

    /// Sends `v` without blocking if a receiver waits or the buffer has room;
    /// `from` is the sending goroutine (`None` for a timer).
    fn try_send(&mut self, o: u32, v: Value, from: Option<u32>) -> SendResult {
        let Some(c) = self.chan_mut(o) else {
            return SendResult::WouldBlock;
        };
        if c.closed {
            return SendResult::Closed;
        }
        let cap = c.cap;
        if let Some(w) = self.pop_waiter(o, false) {
            if let Some(race) = self.race.as_mut() {
                let msg = race.on_send(from, o, cap);
                race.on_recv(w.gid, o, cap, &msg);
                if cap == 0 {
                    race.on_rendezvous(from, w.gid);
                }
            }
            self.deliver(&w, v, true);
            return SendResult::Done;
        }
        let Some(c) = self.chan_mut(o) else {
            return SendResult::WouldBlock;
        };
        if (c.buf.len() as u32) < c.cap {
            c.buf.push_back(v);
            if let Some(race) = self.race.as_mut() {
                let msg = race.on_send(from, o, cap);
                race.push_buffered(o, msg);
            }
            return SendResult::Done;
        }
        SendResult::WouldBlock
    }

    /// A timer's send: never blocks (the value is dropped if nobody can take it).
    pub(crate) fn chan_try_send_nonblocking(&mut self, o: u32, v: Value) {
        let _ = self.try_send(o, v, None);
    }

    /// Receives without blocking: `Some((value, ok))` when possible. `by` is the
    /// receiving goroutine.
    fn try_recv(&mut self, o: u32, by: u32) -> Option<(Value, bool)> {
        let c = self.chan_mut(o)?;
        let cap = c.cap;
        if c.buf.is_empty() {
            // Unbuffered (or empty buffer): take from a waiting sender directly.
            if let Some(w) = self.pop_waiter(o, true) {
                if let Some(race) = self.race.as_mut() {
                    let msg = race.on_send(Some(w.gid), o, cap);
                    race.on_recv(by, o, cap, &msg);
                    if cap == 0 {
                        race.on_rendezvous(Some(w.gid), by);
                    }
                }
                let v = w.value.clone();
                self.release_sender(&w);
                return Some((v, true));
            }
            let c = self.chan_mut(o)?;
            if c.closed {
                let zero = c.elem_zero.clone();
                if let Some(race) = self.race.as_mut() {
                    race.on_recv_closed(by, o);
                }
                return Some((zero, false));
            }
            return None;
        }
        let v = c.buf.pop_front().unwrap_or_default();
        if let Some(race) = self.race.as_mut() {
            let msg = race.pop_buffered(o);
            race.on_recv(by, o, cap, &msg);
        }
        // A sender waiting on a full buffer moves its value in.
        if let Some(w) = self.pop_waiter(o, true) {
            let wv = w.value.clone();
            if let Some(c) = self.chan_mut(o) {
                c.buf.push_back(wv);
            }
            if let Some(race) = self.race.as_mut() {
                let msg = race.on_send(Some(w.gid), o, cap);
                race.push_buffered(o, msg);
            }
            self.release_sender(&w);
        }
        Some((v, true))
    }

    pub(crate) fn chan_recv(&mut self, gid: u32, want_ok: bool) -> Flow {
        let ch = self.pop(gid);
        let Value::Chan(o) = ch else {
            self.park(gid, "chan receive (nil chan)");
            return Flow::Blocked("chan receive (nil chan)".into());
        };
        match self.try_recv(o, gid) {
            Some((v, ok)) => {
                self.push(gid, v);
                if want_ok {
                    self.push(gid, Value::Bool(ok));
                }
                Flow::Yield(
                    EventKind::Recv,
                    if ok {
                        "receive".into()
                    } else {
                        "receive from closed channel".into()
                    },
                )
            }
            None => self.wait_on_chan(gid, o, false, Value::Nil, want_ok),
        }
    }

    /// Parks `gid` on channel `o` outside a select: a sender (with the `value` it
    /// sends) in the send queue, else a receiver in the receive queue.
    fn wait_on_chan(&mut self, gid: u32, o: u32, send: bool, value: Value, want_ok: bool) -> Flow {
        let reason = if send { "chan send" } else { "chan receive" };
        let ticket = self.park(gid, reason);
        if let Some(c) = self.chan_mut(o) {
            let waiter = ChanWaiter {
                gid,
                ticket,
                select_case: None,
                value,
                want_ok,
            };
            if send {
                c.sendq.push_back(waiter);
            } else {
                c.recvq.push_back(waiter);
            }
        }
        Flow::Blocked(reason.into())
    }

    pub(crate) fn chan_close(&mut self, gid: u32) -> Flow {
        let ch = self.pop(gid);
        let Value::Chan(o) = ch else {
            return Flow::Panic(Value::str("close of nil channel"));
        };
        let Some(c) = self.chan_mut(o) else {
            return Flow::Next;
        };
        if c.closed {
            return Flow::Panic(Value::str("close of closed channel"));
        }
        c.closed = true;
        let zero = c.elem_zero.clone();
        if let Some(race) = self.race.as_mut() {
            race.on_close(gid, o);
        }
        // Every waiting receiver gets the zero value; every waiting sender panics. Go's
        // closechan gathers the waiters (receivers in queue order, then senders) on a
        // list it pops from the end, so it readies them last first: the first receiver
        // is readied last and, taking runnext, runs first. A goroutine selecting on
        // this channel in two cases is woken once, by the case met first.
        let mut woken: Vec<(ChanWaiter, bool)> = Vec::new();
        for send in [false, true] {
            while let Some(w) = self.pop_waiter(o, send) {
                if !woken.iter().any(|(x, _)| x.gid == w.gid) {
                    woken.push((w, send));
                }
            }
        }
        for (w, send) in woken.into_iter().rev() {
            if send {
                self.goroutines[w.gid as usize - 1].pending_panic =
                    Some("send on closed channel".into());
                self.release_sender(&w);
            } else {
                if let Some(race) = self.race.as_mut() {
                    race.on_recv_closed(w.gid, o);
                }
                self.deliver(&w, zero.clone(), false);
            }
        }
        Flow::Yield(EventKind::Close, "close".into())
    }

    /// `select`: the operands of every case are on the stack (channel, and the value for
    /// a send). Pushes (value, ok, case index), case index -1 for default.
    pub(crate) fn select(&mut self, gid: u32, idx: u32) -> Flow {
        let info = self.prog.selects[idx as usize].clone();
        let nvals: usize = info.cases.iter().map(|c| if c.send { 2 } else { 1 }).sum();
        let vals = self.popn_pub(gid, nvals);
        let mut operands = vec![];
        let mut it = vals.into_iter();
        for c in &info.cases {
            let ch = it.next().unwrap_or_default();
            let v = if c.send {
                it.next().unwrap_or_default()
            } else {
                Value::Nil
            };
            operands.push((ch, v));
        }
        // Which cases can proceed now?
        let mut ready = vec![];
        for (i, (c, (ch, _))) in info.cases.iter().zip(&operands).enumerate() {
            let Value::Chan(o) = ch else { continue };
            self.touch(|| super::footprint::Resource::Chan(*o), true);
            let Some(obj) = (match self.heap.get(*o) {
                Object::Chan(x) => Some(x),
                _ => None,
            }) else {
                continue;
            };
            let live_partner =
                |q: &crate::queue::Deque<ChanWaiter>| q.iter().any(|w| self.waiter_live(w));
            let can = if c.send {
                obj.closed || live_partner(&obj.recvq) || (obj.buf.len() as u32) < obj.cap
            } else {
                !obj.buf.is_empty() || obj.closed || live_partner(&obj.sendq)
            };
            if can {
                ready.push(i as u32);
            }
        }
        if !ready.is_empty() {
            let pick = self.chooser.choose_case(&ready) as usize;
            if ready.len() > 1 {
                self.last_select = Some((idx, ready));
            }
            let (ch, v) = operands[pick].clone();
            let Value::Chan(o) = ch else {
                return Flow::Next;
            };
            if info.cases[pick].send {
                match self.try_send(o, v, Some(gid)) {
                    SendResult::Closed => return Flow::Panic(Value::str("send on closed channel")),
                    _ => {
                        self.push(gid, Value::Nil);
                        self.push(gid, Value::Bool(false));
                    }
                }
            } else {
                let (rv, ok) = self.try_recv(o, gid).unwrap_or((Value::Nil, false));
                self.push(gid, rv);
                self.push(gid, Value::Bool(ok));
            }
            self.push(gid, Value::Int(pick as i64));
            return Flow::Yield(EventKind::Select, format!("select: case {pick}"));
        }
        if info.has_default {
            self.push(gid, Value::Nil);
            self.push(gid, Value::Bool(false));
            self.push(gid, Value::Int(-1));
            return Flow::Yield(EventKind::Select, "select: default".into());
        }
        // Block on every non-nil channel at once.
        let reason = if info.cases.is_empty() {
            "select (no cases)"
        } else {
            "select"
        };
        let ticket = self.park(gid, reason);
        for (i, (c, (ch, v))) in info.cases.iter().zip(operands).enumerate() {
            let Value::Chan(o) = ch else { continue };
            let w = ChanWaiter {
                gid,
                ticket,
                select_case: Some(i as u32),
                value: v,
                want_ok: c.want_ok,
            };
            if let Some(obj) = self.chan_mut(o) {
                if c.send {
                    obj.sendq.push_back(w);
                } else {
                    obj.recvq.push_back(w);
                }
            }
        }
        Flow::Blocked(reason.into())
    }
}

enum SendResult {
    Done,
    Closed,
    WouldBlock,
}
