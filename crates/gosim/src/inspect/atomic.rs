//! The sync/atomic types (`atomic.Int64`, `atomic.Bool`, `atomic.Value`, ...): their
//! one field, which only atomic operations read and write.

use super::{At, Entry, FieldValue, FieldView, Reader, State};
use crate::types::TypeKind;

pub(super) const ENTRY: Entry = Entry {
    pkg: "atomic",
    name: "",
    state: |r, at| {
        let (name, value) = inner(r, at)?;
        Some(State::Atomic(AtomicState { field: name, value }))
    },
    fields: |r, at, s| {
        let State::Atomic(a) = s else {
            return vec![];
        };
        let type_name = r.m.prog.types.named(at.ty).map(|n| n.name.clone());
        let meaning = match (type_name.as_deref(), &a.value) {
            (Some("Bool"), FieldValue::Int(v)) => {
                format!("{} (kept as 0 or 1)", *v != 0)
            }
            (Some("Value"), FieldValue::Text(t)) if t == "<nil>" => "nothing stored yet".into(),
            (Some("Value"), _) => "the stored value; the first Store fixed its type".into(),
            _ => "changed only by atomic operations, each one indivisible step".into(),
        };
        vec![FieldView::new(&a.field, a.value.clone(), meaning)]
    },
    queue: |_, _| vec![],
};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AtomicState {
    /// The field's name in the library's struct (`v`).
    pub field: String,
    pub value: FieldValue,
}

/// The type's one field: its name and value (a number for the integer types, Go's
/// `%v` text otherwise).
fn inner(r: &Reader, at: &At) -> Option<(String, FieldValue)> {
    let types = &r.m.prog.types;
    let TypeKind::Struct(fields) = types.ukind(at.ty) else {
        return None;
    };
    let fd = fields.first()?;
    let f = r.field(at, &fd.name)?;
    let v = r.value(&f)?;
    // A uint64 above i64's range would not survive as an Int: it stays text.
    let small = types
        .int_kind(fd.ty)
        .is_some_and(|k| k.signed() || k.bits() < 64);
    let value = if small {
        FieldValue::Int(v.as_int())
    } else {
        FieldValue::Text(r.m.value_text(fd.ty, &v))
    };
    Some((fd.name.to_string(), value))
}
