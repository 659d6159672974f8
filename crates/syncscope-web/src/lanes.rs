//! Goroutine colours and the timeline's geometry: pure functions of the steps, so they are
//! tested natively and the view only draws what they return.

use std::collections::BTreeSet;

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

/// Where a goroutine that has not started yet will start, for its marker: the line of
/// `func NAME(` for a top-level function `main.NAME` (goroutine 1 starts in `main.main`, which
/// the engine calls `runtime.main` before it runs). Closures (`main.f.func1`) and methods are
/// not found this way: `None`, and the goroutine has a lane but no marker until it runs.
pub fn entry_line(source: &str, function: &str) -> Option<u32> {
    let name = match function {
        "runtime.main" => "main",
        _ => function.strip_prefix("main.")?,
    };
    if name.contains('.') {
        return None;
    }
    let wanted = format!("func {name}(");
    source
        .lines()
        .position(|line| line.starts_with(&wanted))
        .and_then(|i| u32::try_from(i + 1).ok())
}

/// One step as the timeline needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Point {
    /// 0-based step index.
    pub index: usize,
    pub goroutine: u32,
    /// The event kind, as the engine's Debug name (`Send`, `Block`, ...).
    pub kind: String,
    pub line: u32,
    pub text: String,
    /// Goroutines this step woke (blocked before it, not after), when known.
    pub woke: Vec<u32>,
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

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dot {
    pub index: usize,
    pub goroutine: u32,
    pub x: u32,
    pub y: u32,
    /// Steps after the current position (the redo list): drawn faded.
    pub future: bool,
    pub kind: String,
    pub label: String,
}

fn x_of(index: usize, first: usize) -> u32 {
    let steps = u32::try_from(index.saturating_sub(first)).unwrap_or(u32::MAX / 2 / STEP_W);
    LABEL_W + STEP_W * steps + STEP_W / 2
}

/// Lays out `points` (all recorded steps, in order) with `position` steps taken, with a row
/// for each goroutine in `goroutines` or in the steps.
pub fn layout(points: &[Point], position: usize, goroutines: &[u32]) -> Layout {
    let rows: Vec<u32> = goroutines
        .iter()
        .copied()
        .chain(points.iter().map(|p| p.goroutine))
        .collect::<BTreeSet<u32>>()
        .into_iter()
        .collect();
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
        if p.kind == "Block" {
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
            kind: p.kind.clone(),
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

/// `step 3: goroutine 2: send on line 8`: a point's tooltip and a step's announcement.
pub fn describe(p: &Point) -> String {
    format!(
        "step {}: {}",
        p.index + 1,
        announce(p.goroutine, &p.text, &p.kind, p.line)
    )
}

/// `goroutine 2: chan send on line 8`: what the live region says after a step.
pub fn announce(goroutine: u32, text: &str, kind: &str, line: u32) -> String {
    let what = if text.is_empty() {
        kind.to_lowercase()
    } else {
        text.to_owned()
    };
    if line > 0 {
        format!("goroutine {goroutine}: {what} on line {line}")
    } else {
        format!("goroutine {goroutine}: {what}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(index: usize, goroutine: u32, kind: &str) -> Point {
        Point {
            index,
            goroutine,
            kind: kind.into(),
            line: 3,
            text: kind.to_lowercase(),
            woke: vec![],
        }
    }

    #[test]
    fn entry_lines_of_top_level_functions() {
        let src = "package main\n\nfunc worker(ch chan int) {\n}\n\nfunc main() {\n}\n";
        assert_eq!(entry_line(src, "runtime.main"), Some(6));
        assert_eq!(entry_line(src, "main.main"), Some(6));
        assert_eq!(entry_line(src, "main.worker"), Some(3));
        assert_eq!(entry_line(src, "main.main.func1"), None);
        assert_eq!(entry_line(src, "main.missing"), None);
        assert_eq!(entry_line(src, "fmt.Println"), None);
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
        let points = [point(0, 3, "Go"), point(1, 1, "Block")];
        let l = layout(&points, 2, &[2, 1]);
        assert_eq!(l.rows, [1, 2, 3]);
        assert_eq!(l.height, 3 * ROW_H);
        assert_eq!(l.dots[0].y, 2 * ROW_H + ROW_H / 2);
        assert_eq!(l.dots[1].y, ROW_H / 2);
    }

    #[test]
    fn future_steps_are_marked_and_now_sits_between() {
        let points: Vec<Point> = (0..5).map(|i| point(i, 1, "Send")).collect();
        let l = layout(&points, 2, &[1]);
        let future: Vec<bool> = l.dots.iter().map(|d| d.future).collect();
        assert_eq!(future, [false, false, true, true, true]);
        assert!(l.dots[1].x < l.now_x && l.now_x < l.dots[2].x);
        assert_eq!(layout(&points, 0, &[1]).now_x, LABEL_W);
    }

    #[test]
    fn blocked_stretches_run_to_the_next_step_or_the_end() {
        let points = [
            point(0, 1, "Block"),
            point(1, 2, "Send"),
            point(2, 1, "Recv"),
            point(3, 2, "Block"),
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
        let mut send = point(1, 2, "Send");
        send.woke = vec![1, 7];
        let points = [point(0, 1, "Block"), send];
        let l = layout(&points, 2, &[1, 2]);
        // Goroutine 7 has no row: no link to nowhere.
        assert_eq!(l.links, [(l.dots[1].x, l.dots[1].y, ROW_H / 2, 1)]);
    }

    #[test]
    fn long_runs_keep_a_window_around_now() {
        let points: Vec<Point> = (0..1000).map(|i| point(i, 1, "Sync")).collect();
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
            announce(2, "chan send", "Block", 8),
            "goroutine 2: chan send on line 8"
        );
        assert_eq!(announce(1, "", "Exit", 0), "goroutine 1: exit");
        assert_eq!(
            describe(&point(4, 3, "Go")),
            "step 5: goroutine 3: go on line 3"
        );
        assert_eq!(layout(&[], 0, &[]).height, ROW_H);
    }
}
