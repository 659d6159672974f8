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
//!
//! This file holds the plan (what the compiler records); the interpreter's side,
//! which carries a fused entry out, is `vm/fuse.rs`.

use crate::code::{CmpKind, NumKind, Op, SeqKind};
use crate::syntax::ast::BinaryOp;

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
