//! The one place where a run's nondeterminism is decided.
//!
//! Go leaves three things open: which runnable goroutine runs, which of several ready
//! select cases fires, and where map iteration starts. Every such decision goes through
//! a [`Chooser`], which records it. Only decisions with more than one option are
//! recorded; the record, written as a [`Schedule`] string such as `g2.c1.g1`, replays
//! the run exactly.
//!
//! Randomness is a seeded xorshift generator: same seed, same run, on every machine.

use crate::library::numfmt::quote;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Choice {
    /// Run this goroutine.
    Goroutine(u32),
    /// Take this select case (by its position in the select; ready cases only).
    Case(u32),
    /// Start map iteration at this offset.
    MapStart(u32),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Policy {
    /// Like Go's scheduler on one thread: keep running the current goroutine until it
    /// blocks, then `runnext`, then the run queue. Select and map order are random
    /// (seeded), as in Go.
    GoLike,
    /// Any runnable goroutine, uniformly at random (seeded), at every step.
    Random,
    /// Goroutines in turn by id.
    RoundRobin,
    /// Follow a recorded schedule; after it runs out, continue Go-like.
    Replay(Vec<Choice>),
    /// The explorer's: forced option indices, then always the first option.
    Explore(Vec<u32>),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Chooser {
    pub policy: Policy,
    rng: u64,
    /// Every decision with more than one option, in order.
    pub trace: Vec<Choice>,
    /// For the explorer: (index taken, number of options) at each decision.
    pub branches: Vec<(u32, u32)>,
    replay_pos: usize,
    /// Set when a replayed schedule does not fit the program.
    pub replay_error: Option<String>,
    last_rr: u32,
    /// Decisions to take instead of the policy's (undo re-runs recorded steps this
    /// way), in reverse order: the next one is last, taken by `pop` (a `Vec`, not a
    /// `VecDeque`: one fewer queue type in the wasm; see [`Chooser::force`]). The
    /// policy still makes its own pick first, so a seeded generator advances exactly
    /// as it did in the recorded run.
    pub forced: Vec<Choice>,
}

impl Chooser {
    pub fn new(policy: Policy, seed: u64) -> Chooser {
        Chooser {
            policy,
            rng: seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1,
            trace: vec![],
            branches: vec![],
            replay_pos: 0,
            replay_error: None,
            last_rr: 0,
            forced: Vec::new(),
        }
    }

    /// Makes the next decisions `choices`, in the order given.
    pub fn force(&mut self, choices: &[Choice]) {
        self.forced = choices.iter().rev().copied().collect();
    }

    fn next_rand(&mut self) -> u64 {
        // xorshift64*: small, fast, and the same everywhere.
        let mut x = self.rng;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.rng = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Records a decision made by the caller (manual stepping).
    pub fn record(&mut self, c: Choice) {
        self.trace.push(c);
    }

    fn next_replayed(&mut self) -> Option<Choice> {
        if let Policy::Replay(s) = &self.policy {
            let c = s.get(self.replay_pos).copied();
            if c.is_some() {
                self.replay_pos += 1;
            }
            return c;
        }
        None
    }

    fn explore_index(&mut self, n: u32) -> Option<u32> {
        if let Policy::Explore(forced) = &self.policy {
            let i = self.branches.len();
            let idx = forced.get(i).copied().unwrap_or(0).min(n - 1);
            self.branches.push((idx, n));
            return Some(idx);
        }
        None
    }

    /// Whether [`Chooser::choose_goroutine`] would take the first of any order (the
    /// Go-like policy with nothing forced), so the machine may find that one alone.
    pub fn takes_first(&self) -> bool {
        matches!(self.policy, Policy::GoLike) && self.forced.is_empty()
    }

    /// Records the pick of the first of several runnable goroutines, as
    /// [`Chooser::choose_goroutine`] does when it [`takes_first`](Chooser::takes_first).
    pub fn record_first(&mut self, gid: u32) {
        self.trace.push(Choice::Goroutine(gid));
    }

    /// Picks a goroutine from `order` (the Go-like preference order).
    pub fn choose_goroutine(&mut self, order: &[u32]) -> u32 {
        if order.len() <= 1 {
            return order.first().copied().unwrap_or(0);
        }
        let pick = if let Some(i) = self.explore_index(order.len() as u32) {
            order[i as usize]
        } else if matches!(self.policy, Policy::Replay(_)) {
            self.replayed(order, Choice::Goroutine, "runnable goroutines")
                .unwrap_or(order[0])
        } else {
            match self.policy {
                Policy::Random => {
                    let r = self.next_rand();
                    order[(r % order.len() as u64) as usize]
                }
                Policy::RoundRobin => {
                    // The lowest id after the last one, else the lowest (no sort: the
                    // wasm then needs no unstable sort at all).
                    let after = order.iter().copied().filter(|g| *g > self.last_rr).min();
                    let g = after.or(order.iter().copied().min()).unwrap_or(0);
                    self.last_rr = g;
                    g
                }
                _ => order[0],
            }
        };
        self.settle(pick, order, Choice::Goroutine)
    }

    /// Picks one of `n` options for a select (`ready` holds the case positions).
    pub fn choose_case(&mut self, ready: &[u32]) -> u32 {
        if ready.len() <= 1 {
            return ready.first().copied().unwrap_or(0);
        }
        let pick = if let Some(i) = self.explore_index(ready.len() as u32) {
            ready[i as usize]
        } else if matches!(self.policy, Policy::Replay(_)) {
            self.replayed(ready, Choice::Case, "ready select cases")
                .unwrap_or_else(|| ready[(self.next_rand() % ready.len() as u64) as usize])
        } else if self.policy == Policy::RoundRobin {
            ready[0]
        } else {
            ready[(self.next_rand() % ready.len() as u64) as usize]
        };
        self.settle(pick, ready, Choice::Case)
    }

    /// The replayed schedule's next pick among `options`, `None` once it has run
    /// out. A decision of another kind (`kind` makes this kind's), or one not among
    /// the options, is the replay's error (`what` names the options) and takes the
    /// first option.
    fn replayed(&mut self, options: &[u32], kind: fn(u32) -> Choice, what: &str) -> Option<u32> {
        let next = self.next_replayed()?;
        if let Some(&v) = options.iter().find(|&&v| kind(v) == next) {
            return Some(v);
        }
        self.replay_error.get_or_insert_with(|| {
            format!("schedule does not fit: wanted {next}, but the {what} were {options:?}")
        });
        Some(options[0])
    }

    /// The decision made: a forced one (the head of `forced`, if it is of this `kind`
    /// and among the options) overrides `pick`; it goes into the trace.
    fn settle(&mut self, pick: u32, options: &[u32], kind: fn(u32) -> Choice) -> u32 {
        let pick = match self.forced.pop() {
            Some(c) => options
                .iter()
                .copied()
                .find(|&v| kind(v) == c)
                .unwrap_or(pick),
            None => pick,
        };
        self.trace.push(kind(pick));
        pick
    }

    /// Picks where map iteration starts among `n` entries.
    pub fn choose_map_start(&mut self, n: u32) -> u32 {
        if n <= 1 {
            return 0;
        }
        let pick = if let Some(i) = self.explore_index(n) {
            // Where iteration starts is a real choice of the model: a search that
            // claims to cover every outcome must try each start.
            i
        } else if matches!(self.policy, Policy::Replay(_)) {
            match self.next_replayed() {
                Some(Choice::MapStart(s)) if s < n => s,
                _ => 0,
            }
        } else if self.policy == Policy::RoundRobin {
            0
        } else {
            (self.next_rand() % n as u64) as u32
        };
        let pick = match self.forced.pop() {
            Some(Choice::MapStart(s)) if s < n => s,
            _ => pick,
        };
        self.trace.push(Choice::MapStart(pick));
        pick
    }

    /// The decisions so far as a schedule string.
    pub fn schedule(&self) -> Schedule {
        Schedule(self.trace.clone())
    }
}

impl fmt::Display for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Choice::Goroutine(g) => write!(f, "g{g}"),
            Choice::Case(c) => write!(f, "c{c}"),
            Choice::MapStart(m) => write!(f, "m{m}"),
        }
    }
}

/// A replayable record of decisions: `g2.g1.c0` (run goroutine 2, then 1, then take
/// select case 0). The empty string is a run with no decisions to make. When parsing,
/// `,` and spaces separate as well as `.`, and a bare number is a goroutine (`1,1,2`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Schedule(pub Vec<Choice>);

impl fmt::Display for Schedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.0.iter().map(|c| c.to_string()).collect();
        write!(f, "{}", parts.join("."))
    }
}

impl std::str::FromStr for Schedule {
    type Err = String;
    fn from_str(s: &str) -> Result<Schedule, String> {
        let mut out = vec![];
        for tok in s.split(['.', ',', ' ']).filter(|t| !t.is_empty()) {
            // A bare number is a goroutine pick, so authors may write `1,1,2`.
            if tok.bytes().all(|b| b.is_ascii_digit()) {
                let n: u32 = tok.parse().map_err(|_| {
                    format!(
                        "bad schedule element {}: number too large",
                        quote(tok.as_bytes())
                    )
                })?;
                out.push(Choice::Goroutine(n));
                continue;
            }
            let (kind, num) = tok.split_at(tok.chars().next().map_or(0, char::len_utf8));
            let n: u32 = num.parse().map_err(|_| {
                format!(
                    "bad schedule element {}: expected g<N>, c<N> or m<N>",
                    quote(tok.as_bytes())
                )
            })?;
            out.push(match kind {
                "g" => Choice::Goroutine(n),
                "c" => Choice::Case(n),
                "m" => Choice::MapStart(n),
                _ => {
                    return Err(format!(
                        "bad schedule element {}: expected g<N>, c<N> or m<N>",
                        quote(tok.as_bytes())
                    ))
                }
            });
        }
        Ok(Schedule(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_robin_takes_the_next_id_after_the_last_in_any_order() {
        let mut c = Chooser::new(Policy::RoundRobin, 1);
        let picks: Vec<u32> = (0..5).map(|_| c.choose_goroutine(&[3, 1, 2])).collect();
        assert_eq!(picks, [1, 2, 3, 1, 2]);
        // The last pick (2) is gone: the next higher id, then around again.
        assert_eq!(c.choose_goroutine(&[4, 1]), 4);
        assert_eq!(c.choose_goroutine(&[4, 1]), 1);
    }

    #[test]
    fn forced_decisions_are_taken_in_the_order_given() {
        let mut c = Chooser::new(Policy::GoLike, 1);
        c.force(&[Choice::Goroutine(3), Choice::Case(1), Choice::Goroutine(2)]);
        assert_eq!(c.choose_goroutine(&[1, 2, 3]), 3);
        assert_eq!(c.choose_case(&[0, 1]), 1);
        assert_eq!(c.choose_goroutine(&[1, 2, 3]), 2);
        // Used up: the policy decides again.
        assert_eq!(c.choose_goroutine(&[1, 2, 3]), 1);
    }

    #[test]
    fn schedules_round_trip_and_accept_author_shorthand() {
        let s: Schedule = "g2.c1.m0.g1".parse().unwrap();
        assert_eq!(
            s.0,
            [
                Choice::Goroutine(2),
                Choice::Case(1),
                Choice::MapStart(0),
                Choice::Goroutine(1)
            ]
        );
        assert_eq!(s.to_string(), "g2.c1.m0.g1");
        let short: Schedule = "1,1, 2".parse().unwrap();
        assert_eq!(short.to_string(), "g1.g1.g2");
        assert_eq!("".parse::<Schedule>().unwrap().0, []);
    }

    #[test]
    fn bad_schedules_are_errors_not_panics() {
        for bad in ["x1", "g", "gx", "é1", "g1.ü", "99999999999", "c-1"] {
            assert!(bad.parse::<Schedule>().is_err(), "{bad:?} should not parse");
        }
    }
}
