//! encoding/json's natives: its run-time refusal and one mark on the heap.

use super::*;

/// The natives of package `json`, by their full name.
pub(super) fn lookup(name: &str) -> NativeFn {
    match name {
        "json.unsupported" => os::lookup("os.unsupported"),
        "json.vagueCap" => vague_cap,
        _ => missing,
    }
}

/// `vagueCap(v reflect.Value)`: the slice a Value holds (its `ptr` word, the slice
/// itself for a Value that is not addressable) gets an array whose capacity Go's run
/// would not share: Go grows a decoded slice by a rule of its own, so `cap` past the
/// length is refused, as after an append whose capacity is unknown.
fn vague_cap(m: &mut Machine, _: u32, a: Vec<Value>) -> NativeResult {
    if let Some(Value::Agg(words)) = a.first() {
        if let Some(Value::Slice(s)) = words.get(1) {
            m.heap.set_vague(s.arr, s.len);
        }
    }
    NativeResult::Return(vec![])
}
