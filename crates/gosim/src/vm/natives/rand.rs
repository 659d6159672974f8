//! The natives of math/rand and math/rand/v2 (both packages are named `rand`): the
//! engine's draws for the top-level functions, the 128-bit arithmetic of v2's PCG and
//! its bounded draws, which Go does with math/bits, ChaCha8's block function, and the
//! rounding to float32 of the ziggurat both packages share (`internal/ziggurat`, whose
//! logarithm and exponential are package math's, Go's to the bit).
//!
//! The ChaCha8 core is written here rather than taken from the `chacha20` crate: the
//! crate's `ChaCha8Rng` gives the same blocks (the test below checks it), but in a wasm
//! build of just the block function it measured 3,504 bytes gzipped against 738 for the
//! 20 lines here (opt-level z, LTO), and Go's layout needs the raw permutation anyway
//! (Go adds the input back to the key words only), which the crate hides behind its
//! keystream.

use super::*;
use crate::value::F64;

/// The natives of packages `math/rand`, `math/rand/v2` and `internal/ziggurat`, by their
/// full name.
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
        // The float32 arithmetic of the ziggurat's edge test, one rounding per operation
        // (a float64 operation on float32 values rounded to float32 is the float32
        // operation: 53 bits hold more than twice 24 plus 2).
        "ziggurat.round32" => {
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

#[cfg(test)]
mod tests {
    use super::chacha_blocks;

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
