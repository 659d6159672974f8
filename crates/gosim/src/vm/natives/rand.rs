//! The natives of math/rand and math/rand/v2 (both packages are named `rand`): the
//! engine's draws for the top-level functions, the 128-bit arithmetic of v2's PCG and
//! its bounded draws, which Go does with math/bits, ChaCha8's block function, and for
//! NormFloat64 and ExpFloat64 the logarithm and exponential as Go computes them on amd64
//! (where the corpus's expectations come from) and a rounding to float32.
//!
//! The ChaCha8 core is written here rather than taken from the `chacha20` crate: the
//! crate's `ChaCha8Rng` gives the same blocks (the test below checks it), but in a wasm
//! build of just the block function it measured 3,504 bytes gzipped against 738 for the
//! 20 lines here (opt-level z, LTO), and Go's layout needs the raw permutation anyway
//! (Go adds the input back to the key words only), which the crate hides behind its
//! keystream.

use super::*;
use crate::value::F64;

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
        // Go's math.Log on amd64: its value is what a NormFloat64 or ExpFloat64 from
        // the distribution's tail returns, so it must be Go's to the bit.
        "rand.log" => |_, _, a| Return(vec![Value::Float(F64(go_log(a[0].as_f64())))]),
        "rand.exp" => |_, _, a| Return(vec![Value::Float(F64(go_exp(a[0].as_f64())))]),
        // The float32 arithmetic of the ziggurat's edge test, one rounding per operation
        // (a float64 operation on float32 values rounded to float32 is the float32
        // operation: 53 bits hold more than twice 24 plus 2).
        "rand.round32" => {
            |_, _, a| Return(vec![Value::Float(F64(f64::from(a[0].as_f64() as f32)))])
        }
        "rand.chachaBlock" => |_, _, a| {
            let Value::Agg(words) = &a[0] else {
                return Return(vec![Value::Nil]);
            };
            let seed: [u64; 4] =
                std::array::from_fn(|k| words.get(k).map_or(0, |w| w.as_int() as u64));
            let out = chacha_blocks(seed, a[1].as_int() as u32);
            Return(vec![Value::Agg(
                out.iter().map(|&w| Value::Int(w as i64)).collect(),
            )])
        },
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

/// Four ChaCha8 blocks laid out as Go's internal/chacha8rand lays them out (the facts are
/// Go's; see go-facts.md): block `lane` (0..4) has the block counter `counter + lane` in
/// word 12 and zeros in words 13 to 15, with the key from the seed's four words, low half
/// first. After the 8 rounds only the key words 4 to 11 get their input added back.
/// Output word `w` of lane `l` is the 32-bit half `l % 2` of `out[2 * w + l / 2]`.
pub(crate) fn chacha_blocks(seed: [u64; 4], counter: u32) -> [u64; 32] {
    let mut out = [0u64; 32];
    for lane in 0..4u32 {
        let mut input = [0u32; 16];
        input[..4].copy_from_slice(&[0x6170_7865, 0x3320_646e, 0x7962_2d32, 0x6b20_6574]);
        for (k, &s) in seed.iter().enumerate() {
            input[4 + 2 * k] = s as u32;
            input[5 + 2 * k] = (s >> 32) as u32;
        }
        input[12] = counter.wrapping_add(lane);
        let mut x = input;
        for _ in 0..4 {
            quarter_round(&mut x, [0, 4, 8, 12]);
            quarter_round(&mut x, [1, 5, 9, 13]);
            quarter_round(&mut x, [2, 6, 10, 14]);
            quarter_round(&mut x, [3, 7, 11, 15]);
            quarter_round(&mut x, [0, 5, 10, 15]);
            quarter_round(&mut x, [1, 6, 11, 12]);
            quarter_round(&mut x, [2, 7, 8, 13]);
            quarter_round(&mut x, [3, 4, 9, 14]);
        }
        for w in 4..12 {
            x[w] = x[w].wrapping_add(input[w]);
        }
        let shift = 32 * (lane % 2);
        for (w, &v) in x.iter().enumerate() {
            out[2 * w + lane as usize / 2] |= u64::from(v) << shift;
        }
    }
    out
}

fn quarter_round(x: &mut [u32; 16], [a, b, c, d]: [usize; 4]) {
    x[a] = x[a].wrapping_add(x[b]);
    x[d] = (x[d] ^ x[a]).rotate_left(16);
    x[c] = x[c].wrapping_add(x[d]);
    x[b] = (x[b] ^ x[c]).rotate_left(12);
    x[a] = x[a].wrapping_add(x[b]);
    x[d] = (x[d] ^ x[a]).rotate_left(8);
    x[c] = x[c].wrapping_add(x[d]);
    x[b] = (x[b] ^ x[c]).rotate_left(7);
}

/// Go's `math.Log` as its amd64 assembly computes it (log_amd64.s: FreeBSD's method,
/// the same steps in the same order, with `f1 <= sqrt(2)/2` where the Go version has
/// `<`). Checked against Go on 5,000,000 draws of `Float64` with no difference.
fn go_log(x: f64) -> f64 {
    // Go's constants, by their bits (the hex its comments give).
    const HALF_SQRT2: f64 = std::f64::consts::FRAC_1_SQRT_2;
    let ln2_hi = f64::from_bits(0x3fe6_2e42_fee0_0000);
    let ln2_lo = f64::from_bits(0x3dea_39ef_3579_3c76);
    let l = [
        0x3fe5_5555_5555_5593_u64,
        0x3fd9_9999_9997_fa04,
        0x3fd2_4924_9422_9359,
        0x3fcc_71c5_1d8e_78af,
        0x3fc7_4664_96cb_03de,
        0x3fc3_9a09_d078_c69f,
        0x3fc2_f112_df3e_5244,
    ]
    .map(f64::from_bits);
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    if x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    if x.is_infinite() {
        return x;
    }
    let bits = x.to_bits();
    // The mantissa scaled into [0.5, 1) and the exponent (subnormals, which no draw
    // gives, are not normalized, as in the assembly).
    let mut f1 = f64::from_bits((bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FE0_0000_0000_0000);
    let mut k = f64::from(((bits >> 52) & 0x7FF) as i32 - 0x3FE);
    if f1 <= HALF_SQRT2 {
        k -= 1.0;
        f1 *= 2.0;
    }
    let f = f1 - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (l[0] + s4 * (l[2] + s4 * (l[4] + s4 * l[6])));
    let t2 = s4 * (l[1] + s4 * (l[3] + s4 * l[5]));
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    k * ln2_hi - ((hfsq - (s * (hfsq + r) + k * ln2_lo)) - f)
}

/// Go's `math.Exp` as its amd64 assembly computes it on a machine with FMA (exp_amd64.s:
/// a reduction by ln 2, a Taylor polynomial at a sixteenth of the argument, squared back
/// four times), for the arguments the ziggurat gives it (from about -6 to 0 and -8 to
/// 0). Checked against Go on 5,000,000 arguments in [-9.6, 6.4) with no difference. A
/// machine without FMA takes other steps and may differ in the last bit; the result is
/// only compared after rounding to float32, where that bit cannot change the outcome
/// unless the float64 falls on a float32 rounding boundary and the other side of the
/// comparison equals the float32 just below it.
fn go_exp(x: f64) -> f64 {
    // Go's constants, by their bits: ln 2 split in two, and 1/k! for k from 7 down to 2.
    let ln2_upper = f64::from_bits(0x3fe6_2e42_fefa_3000);
    let ln2_lower = f64::from_bits(0x3d53_de6a_f278_ece6);
    let taylor = [
        0x3f2a_01a0_1a01_a01a_u64,
        0x3f56_c16c_16c1_6c17,
        0x3f81_1111_1111_1111,
        0x3fa5_5555_5555_5555,
        0x3fc5_5555_5555_5555,
        0x3fe0_0000_0000_0000,
        0x3ff0_0000_0000_0000,
    ]
    .map(f64::from_bits);
    if x.is_nan() || x.abs() >= 700.0 {
        return if x.is_nan() || x > 0.0 {
            x.abs() * f64::INFINITY
        } else {
            0.0
        };
    }
    let k = (std::f64::consts::LOG2_E * x).round_ties_even();
    let mut r = (-k).mul_add(ln2_upper, x);
    r = (-k).mul_add(ln2_lower, r);
    r *= 0.0625;
    let mut p = f64::from_bits(0x3efa_01a0_1a01_a01a);
    for c in taylor {
        p = p.mul_add(r, c);
    }
    let mut y = r * p;
    for _ in 0..3 {
        y *= y + 2.0;
    }
    y = (y + 2.0).mul_add(y, 1.0);
    y * f64::from_bits(((k as i64 + 0x3FF) as u64) << 52)
}

#[cfg(test)]
mod tests {
    use super::{chacha_blocks, go_exp, go_log};

    /// Bits in, bits out, printed by go1.27.3's math.Log and math.Exp on an amd64
    /// machine with FMA (sqrt(2)/2 is where the assembly's `<=` differs from log.go).
    #[test]
    fn log_and_exp_are_gos_to_the_bit() {
        let logs = [
            (0x3fd3333333333333_u64, 0xbff34378fcbda721_u64),
            (0x3c32725dd1d243ac, 0xc044b927f32bffb8),
            (0x3feffffffff24190, 0xbddb7ce00005e728),
            (0x3fe6a09e667f3bcd, 0xbfd62e42fefa39ee),
            (0x3fe0000000000000, 0xbfe62e42fefa39ef),
            (0x3fd5555555555555, 0xbff193ea7aad030b),
        ];
        for (x, want) in logs {
            assert_eq!(go_log(f64::from_bits(x)).to_bits(), want, "log {x:#x}");
        }
        let exps = [
            (0xbffb333333333333_u64, 0x3fc7622c78a98a07_u64),
            (0xc01799999999999a, 0x3f6671083cfc5e85),
            (0xbf50624dd2f1a9fc, 0x3feff7cfe56f1a9e),
            (0x3ff8c29655c73818, 0x4012cc87fb6a5d0b),
            (0xc020d29baed724e5, 0x3f2d242f5eca19ad),
            (0x0, 0x3ff0000000000000),
        ];
        for (x, want) in exps {
            assert_eq!(go_exp(f64::from_bits(x)).to_bits(), want, "exp {x:#x}");
        }
    }
    use chacha20::rand_core::{Rng, SeedableRng};

    /// The core against RustCrypto's ChaCha8: its keystream block is the permutation
    /// plus the whole input, so Go's words are the keystream less the input outside the key.
    #[test]
    fn blocks_match_the_chacha20_crate() {
        let seed = [0x0123_4567_89ab_cdef_u64, 42, u64::MAX, 1 << 63];
        let mut bytes = [0u8; 32];
        for (k, s) in seed.iter().enumerate() {
            bytes[8 * k..8 * k + 8].copy_from_slice(&s.to_le_bytes());
        }
        for counter in [0u32, 4, 8, 12, 1000] {
            let ours = chacha_blocks(seed, counter);
            let mut rng = chacha20::ChaCha8Rng::from_seed(bytes);
            rng.set_block_pos(u64::from(counter));
            for lane in 0..4u32 {
                for w in 0..16 {
                    let mut v = rng.next_u32();
                    let input = match w {
                        0 => 0x6170_7865,
                        1 => 0x3320_646e,
                        2 => 0x7962_2d32,
                        3 => 0x6b20_6574,
                        12 => counter + lane,
                        _ => 0,
                    };
                    v = v.wrapping_sub(input);
                    let got = (ours[2 * w + lane as usize / 2] >> (32 * (lane % 2))) as u32;
                    assert_eq!(got, v, "counter {counter} lane {lane} word {w}");
                }
            }
        }
    }
}
