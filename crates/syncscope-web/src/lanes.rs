//! Goroutine colours and the timeline's geometry: pure functions of the steps, so they are
//! tested natively and the view only draws what they return.

pub use gosim::vm::EventKind;

/// Number of goroutine colours in gosim.css (`.gosim-c1` … `.gosim-c8`, variables
/// `--gosim-g1` … `--gosim-g8`, with light and dark variants per mdBook theme).
pub const PALETTE: u32 = 8;

/// The colour slot (1-based) of goroutine `gid`: the same in the code markers, the lanes, the
/// timeline and the inspector. Goroutine 1 (`main`) is always slot 1; ids repeat the palette.
pub fn colour_slot(gid: u32) -> u32 {
    gid.saturating_sub(1) % PALETTE + 1
}

/// The CSS class carrying goroutine `gid`'s colour.
pub fn colour_class(gid: u32) -> String {
    format!("gosim-c{}", colour_slot(gid))
}

/// Where a goroutine that has not started yet gets its marker: the line of the function it
/// starts with (`GoroutineView::start_line`), or no marker when the engine has none (0, e.g. a
/// function outside the reader's code).
pub fn start_marker_line(start_line: u32) -> Option<u32> {
    (start_line > 0).then_some(start_line)
}

/// One step as the timeline needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Point {
    /// 0-based step index.
    pub index: usize,
    pub goroutine: u32,
    pub kind: EventKind,
    pub line: u32,
    /// The engine's text of the step.
    pub text: String,
    /// A memory step's access, typed (variable, value, read or write): what the lanes,
    /// the timeline and race notes say of it comes from here, never from `text`.
    pub memory: Option<gosim::vm::MemoryAccess>,
    /// Goroutines this step woke (blocked before it, not after), when known.
    pub woke: Vec<u32>,
    /// With sub-steps shown: the model's name for the point inside a sync operation the step
    /// reached (`register as waiter`, `handoff`, ...); the step's text starts with it.
    pub label: Option<String>,
    /// The step stopped inside a sync operation, at no scheduling point: the same goroutine
    /// takes the next step.
    pub substep: bool,
}

/// Horizontal distance between two steps, and between the first step and the left edge.
pub const STEP_W: u32 = 14;
/// Height of one goroutine's row.
pub const ROW_H: u32 = 22;
/// Room for the row labels (`g1`, `g2`, …) on the left.
pub const LABEL_W: u32 = 34;
/// The most steps the timeline draws; earlier ones are summarised in a note.
pub const MAX_POINTS: usize = 400;

/// Where everything goes.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub width: u32,
    pub height: u32,
    /// Goroutine ids, one row each, top to bottom.
    pub rows: Vec<u32>,
    /// Steps left out at the start (only the last [`MAX_POINTS`] are drawn).
    pub skipped: usize,
    pub dots: Vec<Dot>,
    /// Blocked stretches: (row goroutine, x from, x to).
    pub blocked: Vec<(u32, u32, u32)>,
    /// Wake-up links: (x, from goroutine's y, to goroutine's y, to goroutine).
    pub links: Vec<(u32, u32, u32, u32)>,
    /// x of the "now" line (between the last step taken and the next).
    pub now_x: u32,
}

/// How a step is drawn on the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// A filled dot: a channel operation, a sync step, a `go`, output, an exit.
    Step,
    /// A ring: the goroutine blocked.
    Block,
    /// A small hollow square: a read of shared memory (a memory step).
    Read,
    /// A small filled square: a write of shared memory.
    Write,
    /// A small diamond: a stop inside a sync operation (a sub-step), not a scheduling point.
    Sub,
}

impl Mark {
    /// From the engine's event kind and text (`read counter`); a sub-step stop is told by its
    /// point's flag instead (see [`Mark::of_point`]).
    pub fn of(p: &Point) -> Mark {
        match (p.kind, &p.memory) {
            (EventKind::Block, _) => Mark::Block,
            (EventKind::Memory, Some(access)) if access.write => Mark::Write,
            (EventKind::Memory, _) => Mark::Read,
            _ => Mark::Step,
        }
    }

    /// How `p` is drawn: a sub-step stop as one, anything else by its kind.
    pub fn of_point(p: &Point) -> Mark {
        if p.substep && p.kind != EventKind::Block {
            Mark::Sub
        } else {
            Mark::of(p)
        }
    }

    /// The CSS class (`gosim-k-read`, …).
    pub fn class(self) -> &'static str {
        match self {
            Mark::Step => "gosim-k-step",
            Mark::Block => "gosim-k-block",
            Mark::Read => "gosim-k-read",
            Mark::Write => "gosim-k-write",
            Mark::Sub => "gosim-k-sub",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dot {
    pub index: usize,
    pub goroutine: u32,
    pub x: u32,
    pub y: u32,
    /// Steps after the current position (the redo list): drawn faded.
    pub future: bool,
    pub kind: EventKind,
    pub mark: Mark,
    pub label: String,
}

fn x_of(index: usize, first: usize) -> u32 {
    let steps = u32::try_from(index.saturating_sub(first)).unwrap_or(u32::MAX / 2 / STEP_W);
    LABEL_W + STEP_W * steps + STEP_W / 2
}

/// Lays out `points` (all recorded steps, in order) with `position` steps taken, with a row
/// for each goroutine in `goroutines` or in the steps.
pub fn layout(points: &[Point], position: usize, goroutines: &[u32]) -> Layout {
    // Sorted and without repeats.
    let rows = sorted_unique(
        goroutines
            .iter()
            .copied()
            .chain(points.iter().map(|p| p.goroutine)),
    );
    let row_y = |gid: u32| -> u32 {
        let row = rows.iter().position(|&g| g == gid).unwrap_or(0) as u32;
        row * ROW_H + ROW_H / 2
    };
    // Keep the window on the current position: the last MAX_POINTS steps up to a little
    // past it.
    let end = points
        .len()
        .min(position.saturating_add(40).max(MAX_POINTS));
    let first = end.saturating_sub(MAX_POINTS);
    let shown = &points[first..end];
    let mut dots = Vec::with_capacity(shown.len());
    let mut blocked = Vec::new();
    let mut links = Vec::new();
    // For each goroutine, the x where it blocked, until its next step.
    let mut blocked_since: Vec<(u32, u32)> = Vec::new();
    for p in shown {
        let x = x_of(p.index, first);
        let y = row_y(p.goroutine);
        if let Some(at) = blocked_since.iter().position(|(g, _)| *g == p.goroutine) {
            let (g, from) = blocked_since.swap_remove(at);
            blocked.push((g, from, x));
        }
        if p.kind == EventKind::Block {
            blocked_since.push((p.goroutine, x));
        }
        for &w in &p.woke {
            if rows.contains(&w) {
                links.push((x, y, row_y(w), w));
            }
        }
        dots.push(Dot {
            index: p.index,
            goroutine: p.goroutine,
            x,
            y,
            future: p.index >= position,
            kind: p.kind,
            mark: Mark::of_point(p),
            label: describe(p),
        });
    }
    let width = x_of(first + shown.len(), first) + STEP_W;
    for (g, from) in blocked_since {
        blocked.push((g, from, width - STEP_W / 2));
    }
    let now_x = if position <= first {
        LABEL_W
    } else {
        x_of(position.min(end), first) - STEP_W / 2
    };
    Layout {
        width,
        height: (rows.len().max(1) as u32) * ROW_H,
        rows,
        skipped: first,
        dots,
        blocked,
        links,
        now_x,
    }
}

/// `step 3: goroutine 2: send on line 8`: a point's tooltip and a step's announcement. A
/// sub-step stop says so (`…; sub-step: goroutine 2 goes on`).
pub fn describe(p: &Point) -> String {
    let mut text = format!("step {}: {}", p.index + 1, announce(p));
    if p.substep {
        text.push_str(&substep_note(p.goroutine));
    }
    text
}

/// What a sub-step stop adds to its announcement: why the other goroutines must wait.
pub fn substep_note(goroutine: u32) -> String {
    format!("; sub-step: goroutine {goroutine} is inside a sync operation and takes the next step")
}

/// How a step's action is put in words: `Present` for the live region ("goroutine 2:
/// reads 0 from n"), `Past` for a lane's last step ("last: wrote 1 to c.n").
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Present,
    Past,
}

/// What step `p` did: a memory step from its typed access (`reads 0 from n`, `wrote 1 to
/// c.n`, `reads shared memory` when no variable the reader named holds it, no value for a
/// map entry), any other step in the engine's words (its kind's name when it has none).
pub fn action(p: &Point, tense: Tense) -> String {
    if let (EventKind::Memory, Some(a)) = (p.kind, &p.memory) {
        let verb = match (a.write, tense) {
            (false, Tense::Present) => "reads",
            (true, Tense::Present) => "writes",
            (false, Tense::Past) => "read",
            (true, Tense::Past) => "wrote",
        };
        let place = if a.variable.is_empty() {
            "shared memory"
        } else {
            a.variable.as_str()
        };
        return match &a.value {
            Some(v) => format!("{verb} {v} {} {place}", if a.write { "to" } else { "from" }),
            None => format!("{verb} {place}"),
        };
    }
    if p.text.is_empty() {
        p.kind.name().to_ascii_lowercase()
    } else {
        p.text.clone()
    }
}

/// `goroutine 2: chan send on line 8`: what the live region says after a step. A memory step
/// says what it did to which variable (`goroutine 3: reads 0 from counter on line 12`).
pub fn announce(p: &Point) -> String {
    let what = action(p, Tense::Present);
    if p.line > 0 {
        format!("goroutine {}: {what} on line {}", p.goroutine, p.line)
    } else {
        format!("goroutine {}: {what}", p.goroutine)
    }
}

/// What a lane says of where its goroutine is: its status and line while the program runs;
/// once it has ended, where each goroutine really was then. `line` is where its frames are
/// now (0 when it has none: before it starts, or after a panic unwound it), `last_line` the
/// line of its last recorded step, `ended_it` whether its panic ended the program.
pub fn place_text(
    status: &str,
    done: bool,
    line: u32,
    last_line: Option<u32>,
    ended: bool,
    ended_it: bool,
) -> String {
    if done {
        return status.to_owned();
    }
    if !ended {
        return if line > 0 {
            format!("{status}, line {line}")
        } else {
            format!("{status}, not started yet")
        };
    }
    let at = if line > 0 { Some(line) } else { last_line };
    match (at, ended_it) {
        (Some(line), true) => format!("panicked on line {line}, ending the program"),
        (Some(line), false) => format!("{status} when the program ended, line {line}"),
        (None, _) => "never ran: the program ended first".to_owned(),
    }
}

/// The line a goroutine's marker stands on once the program has ended: where it was, never
/// the start line of a goroutine that had run (see [`place_text`]).
pub fn ended_marker_line(line: u32, last_line: Option<u32>, start_line: u32) -> Option<u32> {
    if line > 0 {
        Some(line)
    } else if last_line.is_some() {
        last_line
    } else {
        start_marker_line(start_line)
    }
}

/// A lane's "last:" line for a step: `last: chan send (line 8)`; memory steps read as what the
/// goroutine did (`last: wrote 1 to counter (line 12)`).
pub fn last_text(p: &Point) -> String {
    let what = action(p, Tense::Past);
    if p.line > 0 {
        format!("last: {what} (line {})", p.line)
    } else {
        format!("last: {what}")
    }
}

/// The values, sorted and without repeats, by insertion into a sorted `Vec`. For the few
/// dozen numbers the widget orders this way (goroutine ids, code lines, step indices), a
/// binary search and a short move beat a general sort, and the module then carries no
/// sorting code of its own (a `sort_unstable` or a `BTreeSet` per element type costs
/// several KB of wasm).
pub fn sorted_unique<T: Ord + Copy>(values: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    for v in values {
        if let Err(at) = out.binary_search(&v) {
            out.insert(at, v);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_unique_sorts_and_drops_repeats() {
        assert_eq!(sorted_unique([5u32, 1, 5, 3, 1, 9, 0]), [0, 1, 3, 5, 9]);
        assert_eq!(sorted_unique(Vec::<usize>::new()), Vec::<usize>::new());
        let many: Vec<u32> = (0..500).map(|i| (i * 7919) % 263).collect();
        assert_eq!(sorted_unique(many), (0..263).collect::<Vec<u32>>());
    }

    fn point(index: usize, goroutine: u32, kind: EventKind) -> Point {
        Point {
            index,
            goroutine,
            kind,
            line: 3,
            text: kind.name().to_ascii_lowercase(),
            memory: None,
            woke: vec![],
            label: None,
            substep: false,
        }
    }

    /// A step of `kind` with the engine's `text`, on `line`.
    fn step(goroutine: u32, kind: EventKind, text: &str, line: u32) -> Point {
        Point {
            text: text.into(),
            line,
            ..point(0, goroutine, kind)
        }
    }

    /// A memory step of goroutine `g` on `line`.
    fn memory(g: u32, write: bool, variable: &str, value: Option<&str>, line: u32) -> Point {
        Point {
            memory: Some(gosim::vm::MemoryAccess {
                write,
                variable: variable.into(),
                value: value.map(Into::into),
            }),
            ..step(g, EventKind::Memory, "the engine's words", line)
        }
    }

    #[test]
    fn not_started_goroutines_sit_on_their_start_line() {
        assert_eq!(start_marker_line(6), Some(6));
        assert_eq!(start_marker_line(0), None);
    }

    #[test]
    fn colours_cycle_and_main_is_first() {
        assert_eq!(colour_slot(1), 1);
        assert_eq!(colour_slot(2), 2);
        assert_eq!(colour_slot(8), 8);
        assert_eq!(colour_slot(9), 1);
        assert_eq!(colour_slot(0), 1);
        assert_eq!(colour_slot(u32::MAX), (u32::MAX - 1) % 8 + 1);
        assert_eq!(colour_class(10), "gosim-c2");
    }

    #[test]
    fn rows_are_goroutines_in_id_order() {
        let points = [point(0, 3, EventKind::Go), point(1, 1, EventKind::Block)];
        let l = layout(&points, 2, &[2, 1]);
        assert_eq!(l.rows, [1, 2, 3]);
        assert_eq!(l.height, 3 * ROW_H);
        assert_eq!(l.dots[0].y, 2 * ROW_H + ROW_H / 2);
        assert_eq!(l.dots[1].y, ROW_H / 2);
    }

    #[test]
    fn future_steps_are_marked_and_now_sits_between() {
        let points: Vec<Point> = (0..5).map(|i| point(i, 1, EventKind::Send)).collect();
        let l = layout(&points, 2, &[1]);
        let future: Vec<bool> = l.dots.iter().map(|d| d.future).collect();
        assert_eq!(future, [false, false, true, true, true]);
        assert!(l.dots[1].x < l.now_x && l.now_x < l.dots[2].x);
        assert_eq!(layout(&points, 0, &[1]).now_x, LABEL_W);
    }

    #[test]
    fn blocked_stretches_run_to_the_next_step_or_the_end() {
        let points = [
            point(0, 1, EventKind::Block),
            point(1, 2, EventKind::Send),
            point(2, 1, EventKind::Recv),
            point(3, 2, EventKind::Block),
        ];
        let l = layout(&points, 4, &[]);
        assert_eq!(l.blocked.len(), 2);
        assert_eq!(l.blocked[0], (1, l.dots[0].x, l.dots[2].x));
        assert_eq!(l.blocked[1].0, 2);
        assert_eq!(l.blocked[1].1, l.dots[3].x);
        assert!(l.blocked[1].2 > l.dots[3].x);
    }

    #[test]
    fn wake_links_join_rows() {
        let mut send = point(1, 2, EventKind::Send);
        send.woke = vec![1, 7];
        let points = [point(0, 1, EventKind::Block), send];
        let l = layout(&points, 2, &[1, 2]);
        // Goroutine 7 has no row: no link to nowhere.
        assert_eq!(l.links, [(l.dots[1].x, l.dots[1].y, ROW_H / 2, 1)]);
    }

    #[test]
    fn long_runs_keep_a_window_around_now() {
        let points: Vec<Point> = (0..1000).map(|i| point(i, 1, EventKind::Sync)).collect();
        let l = layout(&points, 1000, &[1]);
        assert_eq!(l.dots.len(), MAX_POINTS);
        assert_eq!(l.skipped, 600);
        assert_eq!(l.dots[0].index, 600);
        let early = layout(&points, 10, &[1]);
        assert_eq!(early.skipped, 0);
        assert_eq!(early.dots.len(), MAX_POINTS);
    }

    #[test]
    fn announcements() {
        assert_eq!(
            announce(&step(2, EventKind::Block, "chan send", 8)),
            "goroutine 2: chan send on line 8"
        );
        assert_eq!(
            announce(&step(1, EventKind::Exit, "", 0)),
            "goroutine 1: exit"
        );
        assert_eq!(
            describe(&point(4, 3, EventKind::Go)),
            "step 5: goroutine 3: go on line 3"
        );
        assert_eq!(layout(&[], 0, &[]).height, ROW_H);
    }

    #[test]
    fn memory_steps_read_well() {
        assert_eq!(
            announce(&memory(3, false, "counter", None, 12)),
            "goroutine 3: reads counter on line 12"
        );
        assert_eq!(
            announce(&memory(2, true, "", None, 7)),
            "goroutine 2: writes shared memory on line 7"
        );
        assert_eq!(
            last_text(&memory(2, true, "counter", None, 12)),
            "last: wrote counter (line 12)"
        );
        assert_eq!(
            last_text(&memory(2, false, "c.n", None, 0)),
            "last: read c.n"
        );
        assert_eq!(
            last_text(&step(2, EventKind::Send, "chan send", 8)),
            "last: chan send (line 8)"
        );
        assert_eq!(last_text(&step(2, EventKind::Exit, "", 0)), "last: exit");
    }

    #[test]
    fn memory_steps_say_the_value() {
        let read = memory(2, false, "n", Some("0"), 42);
        assert_eq!(announce(&read), "goroutine 2: reads 0 from n on line 42");
        assert_eq!(last_text(&read), "last: read 0 from n (line 42)");
        assert_eq!(Mark::of(&read), Mark::Read);
        let write = memory(2, true, "c.n", Some("1"), 7);
        assert_eq!(Mark::of(&write), Mark::Write);
        assert_eq!(last_text(&write), "last: wrote 1 to c.n (line 7)");
        // The engine's text plays no part: what is said comes from the typed access.
        assert_eq!(
            announce(&Point {
                text: "write n".into(),
                ..read.clone()
            }),
            announce(&read)
        );
    }

    /// Issue 17, stumble #2: after `panic: sync: WaitGroup is reused ...`, the watcher's lane
    /// said "runnable, not started yet" and its marker jumped to its `go func()` line.
    #[test]
    fn lanes_tell_where_goroutines_were_when_the_program_ended() {
        use gosim::session::{GStatusView, Goal, Session};
        let src = include_str!("../../../demos/sync/wg_reuse.go");
        let goal =
            Goal::Panic("sync: WaitGroup is reused before previous Wait has returned".into());
        let mut s = Session::new(src, 1).unwrap();
        let found = s.find(&goal, 1_000);
        s.replay_to(found.schedule.as_deref().unwrap(), found.steps)
            .unwrap();
        while s.finished().is_none() && s.step().is_some() {}
        let finish = s.finished().unwrap();
        assert!(finish
            .message
            .starts_with("panic: sync: WaitGroup is reused"));
        let events = s.recorded_events();
        let last_line = |gid: u32| {
            events
                .iter()
                .take(s.position())
                .rev()
                .find(|e| e.goroutine == gid && e.line > 0)
                .map(|e| e.line)
        };
        let panicker = events[s.position() - 1].goroutine;
        let wait_line = 1 + src.lines().position(|l| l.contains("wg.Wait()")).unwrap() as u32;
        let go_line = 1 + src.lines().position(|l| l.contains("go func()")).unwrap() as u32;
        let views = s.goroutines();
        assert!(views.len() >= 2);
        for g in &views {
            let text = place_text(
                "status",
                g.status == GStatusView::Done,
                g.line,
                last_line(g.id),
                true,
                panicker == g.id,
            );
            assert!(!text.contains("not started"), "goroutine {}: {text}", g.id);
            if g.id == 2 {
                assert_eq!(panicker, 2, "the watcher panics");
                assert_eq!(
                    text,
                    format!("panicked on line {wait_line}, ending the program")
                );
                let marker = ended_marker_line(g.line, last_line(g.id), g.start_line);
                assert_eq!(marker, Some(wait_line));
                assert_ne!(marker, Some(go_line));
            }
        }
        // While it runs, a goroutine with no frames has not started.
        assert_eq!(
            place_text("runnable", false, 0, None, false, false),
            "runnable, not started yet"
        );
        assert_eq!(
            place_text("blocked: chan receive", false, 0, Some(24), true, false),
            "blocked: chan receive when the program ended, line 24"
        );
        assert_eq!(
            place_text("runnable", false, 0, None, true, false),
            "never ran: the program ended first"
        );
        assert_eq!(ended_marker_line(0, None, 14), Some(14));
    }

    #[test]
    fn memory_steps_have_their_own_marks() {
        let read = Point {
            index: 0,
            ..memory(2, false, "counter", None, 3)
        };
        let write = Point {
            index: 1,
            ..memory(2, true, "counter", None, 3)
        };
        let l = layout(
            &[
                read,
                write,
                point(2, 1, EventKind::Block),
                point(3, 1, EventKind::Send),
            ],
            4,
            &[],
        );
        let marks: Vec<Mark> = l.dots.iter().map(|d| d.mark).collect();
        assert_eq!(marks, [Mark::Read, Mark::Write, Mark::Block, Mark::Step]);
        assert_eq!(Mark::Write.class(), "gosim-k-write");
    }

    #[test]
    fn sub_step_stops_have_their_own_mark_and_say_so() {
        let mut stop = point(1, 2, EventKind::Sync);
        stop.text = "wake: compete with running goroutines".into();
        stop.label = Some(stop.text.clone());
        stop.substep = true;
        // A labelled step at a scheduling point keeps its ordinary mark.
        let mut cas = point(2, 2, EventKind::Sync);
        cas.text = "register as waiter: CAS 1 → 9 succeeded".into();
        cas.label = Some("register as waiter".into());
        let l = layout(
            &[point(0, 1, EventKind::Send), stop.clone(), cas.clone()],
            3,
            &[],
        );
        let marks: Vec<Mark> = l.dots.iter().map(|d| d.mark).collect();
        assert_eq!(marks, [Mark::Step, Mark::Sub, Mark::Step]);
        assert_eq!(Mark::Sub.class(), "gosim-k-sub");
        assert_eq!(
            l.dots[1].label,
            "step 2: goroutine 2: wake: compete with running goroutines on line 3; sub-step: goroutine 2 is inside a sync operation and takes the next step"
        );
        assert_eq!(
            last_text(&Point {
                line: 8,
                ..cas.clone()
            }),
            "last: register as waiter: CAS 1 → 9 succeeded (line 8)"
        );
        assert_eq!(
            describe(&cas),
            "step 3: goroutine 2: register as waiter: CAS 1 → 9 succeeded on line 3"
        );
    }
}
