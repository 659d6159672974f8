//! Carrying out superinstructions: the interpreter's side of the fused runs that
//! [`crate::code::fuse::plan`] records beside the code. A fused entry runs only when
//! the whole run fits in what is left of the time slice and none of its
//! instructions would fail; otherwise nothing changes and the interpreter runs the
//! first instruction on its own, so fusion changes speed and nothing else.

use crate::code::fuse::{Fused, Operand};
use crate::code::{CmpKind, NumKind};
use crate::syntax::ast::BinaryOp;
use crate::value::{Heap, Object, Value};

use super::Frame;

/// The value an operand names, if the frame has that slot.
#[inline(always)]
fn get<'a>(o: Operand, st: &'a [Value], base: usize, consts: &'a [Value]) -> Option<&'a Value> {
    match o {
        Operand::Local(s) => st.get(base + s as usize),
        Operand::Const(c) => consts.get(c as usize),
    }
}

/// `a op b` for two operands, if the frame has their slots and it cannot fail.
#[inline(always)]
fn binary(
    a: Operand,
    b: Operand,
    op: BinaryOp,
    kind: NumKind,
    st: &[Value],
    base: usize,
    consts: &[Value],
) -> Option<Value> {
    // A concatenation is charged to the memory measure (`hostmem`) by the plain
    // instruction, which has the heap.
    if kind == NumKind::Str {
        return None;
    }
    arith(
        op,
        kind,
        get(a, st, base, consts)?,
        get(b, st, base, consts)?,
    )
}

/// Stores `v` in slot `dst` of the frame at `base`, as `Store(dst)` does.
#[inline(always)]
fn store(st: &mut Vec<Value>, base: usize, dst: u32, v: Value) {
    let i = base + dst as usize;
    if i >= st.len() {
        st.resize(i + 1, Value::Nil);
    }
    super::exec::drop_value(std::mem::replace(&mut st[i], v));
}

/// The element `index` of the local slice in slot `slice`, as an array object and a
/// position in it, if the index is in range (and so the run cannot fail).
#[inline(always)]
fn slice_elem(
    st: &[Value],
    base: usize,
    consts: &[Value],
    slice: u32,
    index: Operand,
) -> Option<(u32, usize)> {
    let (Some(Value::Slice(s)), Some(Value::Int(i))) =
        (st.get(base + slice as usize), get(index, st, base, consts))
    else {
        return None;
    };
    if *i < 0 || *i >= s.len as i64 {
        return None;
    }
    Some((s.arr, s.off as usize + *i as usize))
}

/// Carries out `run`, which starts at the frame's pc, if it fits in `budget`
/// instructions and cannot fail; returns how many instructions it stood for, or 0 when
/// it did not run, in which case nothing has changed. `untracked` says that memory
/// accesses are not being recorded, which the slice runs need (their instructions
/// would otherwise each record an access).
#[inline(always)]
pub(super) fn exec(
    run: &Fused,
    f: &mut Frame,
    st: &mut Vec<Value>,
    consts: &[Value],
    heap: &mut Heap,
    budget: u32,
    untracked: bool,
) -> u32 {
    let base = f.base as usize;
    // Each arm checks its own length, a constant, against the budget.
    let fits = |n: u32| budget >= n;
    match *run {
        Fused::None => 0,
        Fused::CmpJump {
            a,
            b,
            op,
            kind,
            jump_if,
            target,
        } => {
            if !fits(4) {
                return 0;
            }
            let (Some(x), Some(y)) = (get(a, st, base, consts), get(b, st, base, consts)) else {
                return 0;
            };
            if compare(op, kind, x, y) == jump_if {
                f.pc = target;
                return 4;
            }
            f.pc += 4;
            4
        }
        Fused::ArithStore {
            a,
            b,
            op,
            kind,
            dst,
        } => {
            if !fits(4) {
                return 0;
            }
            let Some(v) = binary(a, b, op, kind, st, base, consts) else {
                return 0;
            };
            store(st, base, dst, v);
            f.pc += 4;
            4
        }
        Fused::ArithStoreJump {
            a,
            b,
            op,
            kind,
            dst,
            target,
        } => {
            if !fits(5) {
                return 0;
            }
            let Some(v) = binary(a, b, op, kind, st, base, consts) else {
                return 0;
            };
            store(st, base, dst, v);
            f.pc = target;
            5
        }
        Fused::Arith { a, b, op, kind } => {
            if !fits(3) {
                return 0;
            }
            let Some(v) = binary(a, b, op, kind, st, base, consts) else {
                return 0;
            };
            st.push(v);
            f.pc += 3;
            3
        }
        Fused::Move { a, dst } => {
            if !fits(2) {
                return 0;
            }
            // An array or struct value's copy is charged by the plain instructions.
            let Some(v) = get(a, st, base, consts)
                .filter(|v| !matches!(v, Value::Agg(_)))
                .map(super::exec::clone_value)
            else {
                return 0;
            };
            store(st, base, dst, v);
            f.pc += 2;
            2
        }
        Fused::SliceStore {
            slice,
            index,
            value,
        } => {
            if !untracked || !fits(5) {
                return 0;
            }
            let Some((arr, at)) = slice_elem(st, base, consts, slice, index) else {
                return 0;
            };
            let Some(v) = get(value, st, base, consts).filter(|v| !matches!(v, Value::Agg(_)))
            else {
                return 0;
            };
            let Some(Object::Array(elems)) = heap.objects.get_mut(arr as usize) else {
                return 0;
            };
            let Some(slot) = elems.get_mut(at) else {
                return 0;
            };
            super::exec::drop_value(std::mem::replace(slot, super::exec::clone_value(v)));
            f.pc += 5;
            5
        }
        Fused::SliceLoad { slice, index } => {
            if !untracked || !fits(3) {
                return 0;
            }
            let Some((arr, at)) = slice_elem(st, base, consts, slice, index) else {
                return 0;
            };
            // As `Index(Slice)`: an element past the array's end reads as the zero
            // Nil, and so does a slice whose object is not an array.
            let v = match heap.get(arr) {
                Object::Array(elems) => match elems.get(at) {
                    Some(Value::Agg(_)) => return 0,
                    e => e.map(super::exec::clone_value).unwrap_or_default(),
                },
                _ => Value::Nil,
            };
            st.push(v);
            f.pc += 3;
            3
        }
        Fused::SliceJump {
            slice,
            index,
            jump_if,
            target,
        } => {
            if !untracked || !fits(4) {
                return 0;
            }
            let Some((arr, at)) = slice_elem(st, base, consts, slice, index) else {
                return 0;
            };
            // As `Index(Slice)` then `JumpIf`: anything but a true bool is false.
            let b = match heap.get(arr) {
                Object::Array(elems) => matches!(elems.get(at), Some(Value::Bool(true))),
                _ => false,
            };
            if b == jump_if {
                f.pc = target;
            } else {
                f.pc += 4;
            }
            4
        }
    }
}

/// `ops::arith`, with `+ - * & | ^` on integers done inline; `None` when it would
/// fail (which only the general path reports).
#[inline(always)]
pub(super) fn arith(op: BinaryOp, kind: NumKind, x: &Value, y: &Value) -> Option<Value> {
    if kind == NumKind::Str && !super::ops::small_concat(x, y) {
        // A long concatenation is checked against the memory limit on the general path.
        return None;
    }
    if let (NumKind::Int(k), Value::Int(a), Value::Int(b)) = (kind, x, y) {
        let r = match op {
            BinaryOp::Add => Some(a.wrapping_add(*b)),
            BinaryOp::Sub => Some(a.wrapping_sub(*b)),
            BinaryOp::Mul => Some(a.wrapping_mul(*b)),
            BinaryOp::And => Some(a & b),
            BinaryOp::Or => Some(a | b),
            BinaryOp::Xor => Some(a ^ b),
            _ => None,
        };
        if let Some(r) = r {
            return Some(Value::Int(k.wrap(r)));
        }
    }
    super::ops::arith(op, kind, x, y).ok()
}

/// `ops::cmp_basic`, with signed integer comparisons done inline.
#[inline(always)]
pub(super) fn compare(op: BinaryOp, kind: CmpKind, x: &Value, y: &Value) -> bool {
    if let (CmpKind::Signed, Value::Int(a), Value::Int(b)) = (kind, x, y) {
        match op {
            BinaryOp::Eq => return a == b,
            BinaryOp::Ne => return a != b,
            BinaryOp::Lt => return a < b,
            BinaryOp::Le => return a <= b,
            BinaryOp::Gt => return a > b,
            BinaryOp::Ge => return a >= b,
            _ => {}
        }
    }
    super::ops::cmp_basic(op, kind, x, y)
}
