//! Superinstructions: short, common runs of instructions carried out as one.
//!
//! The compiler emits plain stack code (`Load a; Load b; Arith; Store c`). That is easy
//! to compile and to step through, but each instruction costs a trip round the
//! interpreter loop and a push and pop of the operand stack. [`plan`] finds runs that
//! can be done in one go and records them in a side table beside the code
//! ([`crate::code::Func::fused`]), at the pc of each run's first instruction.
//!
//! The code itself, its spans and its pcs stay as they are. The interpreter takes a
//! fused entry only when the whole run fits in what is left of the time slice and
//! none of its instructions would fail (a division by zero, an index out of range);
//! otherwise it runs the first instruction on its own, as it always did, and looks
//! again at the next pc. So fusion changes how fast a program runs and nothing else:
//! not where it is preempted, not what an error says, not what a step shows.
//!
//! A run never has a jump target inside it (a jump there would skip the run's start),
//! and holds only instructions that touch the current frame's slots, the constants,
//! and (when memory accesses are not being tracked) slice elements.

use crate::code::{CmpKind, NumKind, Op, SeqKind};
use crate::syntax::ast::BinaryOp;
use crate::value::{Heap, Object, Value};

use super::Frame;

/// Where a fused instruction reads a value from: what a `Load(slot)` or a
/// `Const(index)` would have pushed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    Local(u32),
    Const(u32),
}

/// A run of instructions done as one. Each variant names the instructions it stands
/// for; `a` and `b` are operands as above.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Fused {
    /// No run starts here.
    #[default]
    None,
    /// `a b Cmp(op, kind) JumpIf(target)` (`jump_if`) or `... JumpIfNot(target)`.
    CmpJump {
        a: Operand,
        b: Operand,
        op: BinaryOp,
        kind: CmpKind,
        jump_if: bool,
        target: u32,
    },
    /// `a b Arith(op, kind) Store(dst)`.
    ArithStore {
        a: Operand,
        b: Operand,
        op: BinaryOp,
        kind: NumKind,
        dst: u32,
    },
    /// `a b Arith(op, kind) Store(dst) Jump(target)`: the update at the end of a loop.
    ArithStoreJump {
        a: Operand,
        b: Operand,
        op: BinaryOp,
        kind: NumKind,
        dst: u32,
        target: u32,
    },
    /// `a b Arith(op, kind)`, the result left on the stack.
    Arith {
        a: Operand,
        b: Operand,
        op: BinaryOp,
        kind: NumKind,
    },
    /// `a Store(dst)`.
    Move { a: Operand, dst: u32 },
    /// `Load(slice) index RefSliceElem value StoreRef`: `s[i] = v`.
    SliceStore {
        slice: u32,
        index: Operand,
        value: Operand,
    },
    /// `Load(slice) index Index(Slice)`: `s[i]`, left on the stack.
    SliceLoad { slice: u32, index: Operand },
    /// `Load(slice) index Index(Slice) JumpIf(target)` (`jump_if`) or `... JumpIfNot`:
    /// `if s[i] {` on a slice of bools.
    SliceJump {
        slice: u32,
        index: Operand,
        jump_if: bool,
        target: u32,
    },
}

impl Fused {
    /// How many instructions the run stands for.
    pub fn instructions(&self) -> u32 {
        match self {
            Fused::None => 0,
            Fused::Move { .. } => 2,
            Fused::Arith { .. } | Fused::SliceLoad { .. } => 3,
            Fused::CmpJump { .. } | Fused::ArithStore { .. } | Fused::SliceJump { .. } => 4,
            Fused::SliceStore { .. } | Fused::ArithStoreJump { .. } => 5,
        }
    }
}

/// The fused entry for each pc of `code` ([`Fused::None`] where no run starts).
pub fn plan(code: &[Op]) -> Vec<Fused> {
    let mut is_target = vec![false; code.len() + 1];
    for op in code {
        if let Op::Jump(t) | Op::JumpIf(t) | Op::JumpIfNot(t) = op {
            if let Some(slot) = is_target.get_mut(*t as usize) {
                *slot = true;
            }
        }
    }
    (0..code.len())
        .map(|pc| {
            let run = run_at(&code[pc..]);
            // Only the first instruction of a run may be jumped to.
            let inside = pc + 1..pc + run.instructions() as usize;
            if inside.into_iter().any(|i| is_target[i]) {
                Fused::None
            } else {
                run
            }
        })
        .collect()
}

/// The longest run that starts at `code[0]`.
fn run_at(code: &[Op]) -> Fused {
    let operand = |op: Option<&Op>| match op {
        Some(Op::Load(s)) => Some(Operand::Local(*s)),
        Some(Op::Const(c)) => Some(Operand::Const(*c)),
        _ => None,
    };
    let Some(a) = operand(code.first()) else {
        return Fused::None;
    };
    // `s[i] = v` and `s[i]`, where `s` is a local slice.
    if let (Operand::Local(slice), Some(index)) = (a, operand(code.get(1))) {
        match (code.get(2), operand(code.get(3)), code.get(4)) {
            (Some(Op::RefSliceElem), Some(value), Some(Op::StoreRef)) => {
                return Fused::SliceStore {
                    slice,
                    index,
                    value,
                }
            }
            (Some(Op::Index(SeqKind::Slice)), _, _) => {
                return match code.get(3) {
                    Some(Op::JumpIf(t) | Op::JumpIfNot(t)) => Fused::SliceJump {
                        slice,
                        index,
                        jump_if: matches!(code[3], Op::JumpIf(_)),
                        target: *t,
                    },
                    _ => Fused::SliceLoad { slice, index },
                };
            }
            _ => {}
        }
    }
    if let Some(Op::Store(dst)) = code.get(1) {
        return Fused::Move { a, dst: *dst };
    }
    let Some(b) = operand(code.get(1)) else {
        return Fused::None;
    };
    match (code.get(2), code.get(3)) {
        (Some(Op::Cmp(op, kind)), Some(Op::JumpIf(t) | Op::JumpIfNot(t)))
            if *kind != CmpKind::Deep =>
        {
            Fused::CmpJump {
                a,
                b,
                op: *op,
                kind: *kind,
                jump_if: matches!(code[3], Op::JumpIf(_)),
                target: *t,
            }
        }
        (Some(Op::Arith(op, kind)), Some(Op::Store(dst)))
            if matches!(code.get(4), Some(Op::Jump(_))) =>
        {
            let Some(Op::Jump(target)) = code.get(4) else {
                return Fused::None;
            };
            Fused::ArithStoreJump {
                a,
                b,
                op: *op,
                kind: *kind,
                dst: *dst,
                target: *target,
            }
        }
        (Some(Op::Arith(op, kind)), Some(Op::Store(dst))) => Fused::ArithStore {
            a,
            b,
            op: *op,
            kind: *kind,
            dst: *dst,
        },
        (Some(Op::Arith(op, kind)), _) => Fused::Arith {
            a,
            b,
            op: *op,
            kind: *kind,
        },
        _ => Fused::None,
    }
}

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
            let Some(v) = get(a, st, base, consts).map(super::exec::clone_value) else {
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
            let Some(v) = get(value, st, base, consts) else {
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
                Object::Array(elems) => elems
                    .get(at)
                    .map(super::exec::clone_value)
                    .unwrap_or_default(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::IntKind;

    const INT: NumKind = NumKind::Int(IntKind::Int);

    #[test]
    fn a_loop_condition_an_update_and_a_slice_store_are_fused() {
        // for j := i*i; j <= n; j += i { s[j] = true }, as the compiler emits it.
        let code = vec![
            Op::Load(3),                            // 0: loop head
            Op::Const(12),                          // 1
            Op::Cmp(BinaryOp::Le, CmpKind::Signed), // 2
            Op::JumpIfNot(14),                      // 3
            Op::Load(0),                            // 4
            Op::Load(3),                            // 5
            Op::RefSliceElem,                       // 6
            Op::Const(3),                           // 7
            Op::StoreRef,                           // 8
            Op::Load(3),                            // 9
            Op::Load(2),                            // 10
            Op::Arith(BinaryOp::Add, INT),          // 11
            Op::Store(3),                           // 12
            Op::Jump(0),                            // 13
        ];
        let plan = plan(&code);
        assert_eq!(plan.len(), code.len());
        assert_eq!(
            plan[0],
            Fused::CmpJump {
                a: Operand::Local(3),
                b: Operand::Const(12),
                op: BinaryOp::Le,
                kind: CmpKind::Signed,
                jump_if: false,
                target: 14
            }
        );
        assert_eq!(
            plan[4],
            Fused::SliceStore {
                slice: 0,
                index: Operand::Local(3),
                value: Operand::Const(3)
            }
        );
        assert_eq!(
            plan[9],
            Fused::ArithStoreJump {
                a: Operand::Local(3),
                b: Operand::Local(2),
                op: BinaryOp::Add,
                kind: INT,
                dst: 3,
                target: 0
            }
        );
        // One operand then an operator is not a run.
        assert_eq!(plan[10], Fused::None);
        assert_eq!(plan[13], Fused::None);
    }

    #[test]
    fn no_run_has_a_jump_target_inside_it() {
        let code = vec![
            Op::Load(0),
            Op::Load(1), // 1: a jump lands here
            Op::Arith(BinaryOp::Add, INT),
            Op::Store(2),
            Op::Jump(1),
        ];
        let plan = plan(&code);
        assert_eq!(plan[0], Fused::None, "{plan:?}");
        // From the target itself, `Load(1) Arith ...` is not a run (one operand).
        assert_eq!(plan[1], Fused::None);
    }

    #[test]
    fn deep_comparisons_are_not_fused() {
        let code = vec![
            Op::Load(0),
            Op::Load(1),
            Op::Cmp(BinaryOp::Eq, CmpKind::Deep),
            Op::JumpIf(0),
        ];
        assert_eq!(plan(&code)[0], Fused::None);
    }
}
