//! Channels: capacity, buffered values oldest first, closed, and the goroutines
//! waiting to receive (first) and to send (with the value each offers).

use super::{waiting, FieldValue, FieldView, PrimitiveView, State, Wait, WaiterView};
use crate::value::Object;
use crate::vm::Machine;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChanState {
    pub cap: u32,
    pub closed: bool,
    /// The buffered values, oldest first, as Go prints them.
    pub buffer: Vec<String>,
}

/// The view of channel object `o` (of Go type `type_name`), reached as `name`.
pub(super) fn view(m: &Machine, name: &str, type_name: String, o: u32) -> Option<PrimitiveView> {
    let Some(Object::Chan(c)) = m.heap.objects.get(o as usize) else {
        return None;
    };
    let buffer: Vec<String> = c.buf.iter().map(|v| m.value_text(c.elem_type, v)).collect();
    let mut queue = vec![];
    for w in c.recvq.iter().filter(|w| waiting(m, w.gid, w.ticket)) {
        queue.push(WaiterView {
            goroutine: w.gid,
            wait: Wait::Receive {
                select: w.select_case.is_some(),
            },
        });
    }
    for w in c.sendq.iter().filter(|w| waiting(m, w.gid, w.ticket)) {
        queue.push(WaiterView {
            goroutine: w.gid,
            wait: Wait::Send {
                value: m.value_text(c.elem_type, &w.value),
                select: w.select_case.is_some(),
            },
        });
    }
    let fields = vec![
        FieldView::new(
            "cap",
            FieldValue::Int(c.cap.into()),
            if c.cap == 0 {
                "unbuffered: every send waits for a receiver".into()
            } else {
                format!("room for {} values", c.cap)
            },
        ),
        FieldView::new(
            "len",
            FieldValue::Int(buffer.len() as i64),
            format!("{} value(s) buffered", buffer.len()),
        ),
        FieldView::new(
            "closed",
            FieldValue::Bool(c.closed),
            if c.closed {
                "closed: receives drain the buffer, then get the zero value".into()
            } else {
                "open".into()
            },
        ),
    ];
    Some(PrimitiveView {
        name: name.to_string(),
        type_name,
        state: State::Chan(ChanState {
            cap: c.cap,
            closed: c.closed,
            buffer,
        }),
        fields,
        queue,
        holding: None,
    })
}
