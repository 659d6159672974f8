//! The natives of math/rand and math/rand/v2 (both packages are named `rand`): the
//! engine's draws for the top-level functions, and the 128-bit arithmetic of v2's
//! PCG and its bounded draws, which Go does with math/bits.

use super::*;

/// The natives of packages `math/rand` and `math/rand/v2`, by their full name.
pub(super) fn lookup(name: &str) -> NativeFn {
    match name {
        // splitmix64: a full-period counter through a mixing function.
        "rand.next" => |m, _, _| {
            m.rand = m.rand.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = m.rand;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            Return(vec![Value::Int((z ^ (z >> 31)) as i64)])
        },
        // (a, b) -> the high and low words of the 128-bit product.
        "rand.mul64" => |_, _, a| {
            let p = u128::from(a[0].as_int() as u64) * u128::from(a[1].as_int() as u64);
            Return(vec![
                Value::Int((p >> 64) as u64 as i64),
                Value::Int(p as u64 as i64),
            ])
        },
        "rand.pcgNext" => pcg_next,
        _ => missing,
    }
}

/// `pcgNext(hi, lo)`: PCG's 128-bit LCG step (multiplier and increment as Go's
/// math/rand/v2 has them) and its DXSM output: the new state and the value.
fn pcg_next(_: &mut Machine, _: u32, a: Vec<Value>) -> NativeResult {
    const MUL: u128 = (2549297995355413924 << 64) | 4865540595714422341;
    const INC: u128 = (6364136223846793005 << 64) | 1442695040888963407;
    let state = (u128::from(a[0].as_int() as u64) << 64) | u128::from(a[1].as_int() as u64);
    let state = state.wrapping_mul(MUL).wrapping_add(INC);
    let (hi, lo) = ((state >> 64) as u64, state as u64);
    let mut x = hi;
    x ^= x >> 32;
    x = x.wrapping_mul(0xda94_2042_e4dd_58b5);
    x ^= x >> 48;
    x = x.wrapping_mul(lo | 1);
    Return(vec![
        Value::Int(hi as i64),
        Value::Int(lo as i64),
        Value::Int(x as i64),
    ])
}
