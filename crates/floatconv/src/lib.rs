//! Exact conversions between binary floating-point numbers and decimal digits.
//!
//! - [`parse_f64`] and [`parse_f32`]: decimal text to the nearest float, correctly rounded
//!   (ties to even), as Go's `strconv.ParseFloat` and Rust's `str::parse` do;
//!   [`from_binary`] for `m × 2^e` (hexadecimal floats).
//! - [`Digits`]: the decimal digits of a float: the shortest that read back as the same
//!   float ([`Digits::shortest`], [`Digits::shortest_f32`]), or the exact value rounded to
//!   a number of significant digits ([`Digits::significant`]) or of digits after the point
//!   ([`Digits::fixed`]), ties to even. These are the digits Go's `strconv.FormatFloat`
//!   and serde_json print; laying them out (`1.5e+07`, `0.25`) is the caller's business.
//!
//! Why not Rust's own `{}`, `{:e}` and `str::parse::<f64>`? They are correct and fast, but
//! in the widget's wasm module they weigh about 40 KB: Grisu and Dragon for formatting
//! and, for parsing, a table of 651 128-bit powers of five that gzip cannot shrink. Here
//! both directions share one small multi-precision decimal ([`decimal`]): a float is
//! `mantissa × 2^exponent`, which has a finite decimal expansion (at most 767 significant
//! digits) that multiplying or dividing by powers of two produces exactly. That is slower
//! than the table-driven methods, which does not matter for the engine's occasional float
//! printing or the chat client's few numbers.
//!
//! Nothing here panics, whatever the input.

mod decimal;
mod digits;

pub use decimal::{parse_f32, parse_f64};
pub use digits::{from_binary, Digits};

/// A small deterministic generator for the tests' random floats (the same values on
/// every run and machine).
#[cfg(test)]
mod test_rng {
    pub struct Lcg(pub u64);

    impl Lcg {
        pub fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            self.0 ^ (self.0 >> 29)
        }
    }
}
