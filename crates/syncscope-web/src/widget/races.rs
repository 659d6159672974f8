//! The data race note: shown under the toolbar as soon as the session's race detector has
//! reported a race (`Session::races`), whatever panels the block has. Each race gets one
//! sentence naming both accesses (kind, goroutine in its colour, line, function) and, folded,
//! Go's own `WARNING: DATA RACE` report (`Session::race_text`). The racing lines are also
//! marked in the code pane (`race_lines`).

use gosim::session::Session;
use gosim::vm::race::{RaceReport, Site};
use yew::prelude::*;

use super::Widget;
use crate::dom::each;
use crate::lanes::{colour_class, EventKind, Point};

fn access(s: &Site) -> &'static str {
    if s.write {
        "write"
    } else {
        "read"
    }
}

/// `a write of counter by goroutine 3 on line 12 races with an earlier read by goroutine 2 on
/// line 12`: the note's sentence and what the live region says when the race is found.
pub fn race_sentence(r: &RaceReport) -> String {
    let what = if r.what.is_empty() {
        String::new()
    } else {
        format!(" of {}", r.what)
    };
    format!(
        "a {}{what} by goroutine {} on line {} races with an earlier {} by goroutine {} on line {}",
        access(&r.current),
        r.current.goroutine,
        r.current.line,
        access(&r.previous),
        r.previous.goroutine,
        r.previous.line
    )
}

/// The code lines involved in any reported race, without repeats, in order.
pub fn race_lines(races: &[RaceReport]) -> Vec<u32> {
    crate::lanes::sorted_unique(
        races
            .iter()
            .flat_map(|r| [r.current.line, r.previous.line])
            .filter(|l| *l > 0),
    )
}

/// A gutter title for a racing line: which accesses on it race.
pub fn race_line_title(races: &[RaceReport], line: u32) -> String {
    let mut parts: Vec<String> = Vec::new();
    for r in races {
        for s in [&r.current, &r.previous] {
            if s.line == line {
                let part = format!("{} by goroutine {}", access(s), s.goroutine);
                if !parts.contains(&part) {
                    parts.push(part);
                }
            }
        }
    }
    format!("data race: {}", parts.join(", "))
}

/// The timeline steps of each race's two accesses, among the first `position` steps. The
/// detector reports sites (goroutine, line, read or write), not steps, and each pair of sites
/// once, when it first races; so the racing access is taken to be the first memory step
/// matching the reporting site that follows a step matching the earlier site, and the earlier
/// access the last such step before it.
pub fn race_points(races: &[RaceReport], points: &[Point], position: usize) -> Vec<usize> {
    let shown = &points[..position.min(points.len())];
    let matches = |p: &Point, s: &Site| {
        p.kind == EventKind::Memory
            && p.goroutine == s.goroutine
            && p.line == s.line
            && p.memory.as_ref().is_some_and(|m| m.write == s.write)
    };
    let mut found = Vec::new();
    for r in races {
        let Some(first_prev) = shown.iter().position(|p| matches(p, &r.previous)) else {
            continue;
        };
        let Some(now) = (first_prev + 1..shown.len()).find(|&i| matches(&shown[i], &r.current))
        else {
            continue;
        };
        if let Some(then) = shown[..now].iter().rposition(|p| matches(p, &r.previous)) {
            found.extend([shown[then].index, shown[now].index]);
        }
    }
    crate::lanes::sorted_unique(found)
}

fn site_view(s: &Site, earlier: bool) -> Html {
    let g = s.goroutine;
    html! {
        <li class="gosim-race-site" data-testid="race-site" data-goroutine={g.to_string()}
            data-line={s.line.to_string()} data-write={s.write.to_string()}>
            <span class={classes!("gosim-swatch", colour_class(g))} aria-hidden="true">{ g }</span>
            { format!(
                " {}{} by goroutine {g} on line {} ",
                if earlier { "earlier " } else { "" },
                access(s),
                s.line
            ) }
            <code>{ format!("{}()", s.function) }</code>
        </li>
    }
}

impl Widget {
    pub(super) fn view_races(&self) -> Html {
        let Some(session) = self.run.session.as_ref() else {
            return html! {};
        };
        let races = session.races();
        if races.is_empty() {
            return html! {};
        }
        html! {
            <div class="gosim-race" data-testid="race" data-count={races.len().to_string()}>
                <p class="gosim-race-title">
                    <span aria-hidden="true">{"\u{26a0} "}</span>
                    { if races.len() == 1 {
                        "Data race detected".to_owned()
                    } else {
                        format!("{} data races detected", races.len())
                    } }
                </p>
                <p class="gosim-muted">
                    {"Two goroutines touched the same variable, at least one of them writing, with nothing (a channel, a lock, a WaitGroup) ordering the two accesses. "}
                    {"Go's race detector (go run -race) reports this; the racing lines are marked \u{26a0} in the code."}
                </p>
                { each(races.len(), &|i| self.view_race(session, i, &races[i])) }
            </div>
        }
    }

    fn view_race(&self, session: &Session, i: usize, r: &RaceReport) -> Html {
        let text = session.race_text(i).unwrap_or_default();
        html! {
            <div class="gosim-race-item" data-testid={format!("race-{i}")}>
                if !r.what.is_empty() {
                    <p>{"On "}<code>{ r.what.clone() }</code>{":"}</p>
                }
                <ul class="gosim-race-sites">
                    { site_view(&r.current, false) }
                    { site_view(&r.previous, true) }
                </ul>
                <details class="gosim-race-details">
                    <summary>{"Go\u{2019}s report"}</summary>
                    <pre class="gosim-out" data-testid={format!("race-report-{i}")}>{ text }</pre>
                </details>
            </div>
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(goroutine: u32, write: bool, line: u32) -> Site {
        Site {
            goroutine,
            write,
            function: "main.main.func1".into(),
            line,
        }
    }

    fn race(current: Site, previous: Site) -> RaceReport {
        RaceReport {
            current,
            previous,
            what: "counter".into(),
        }
    }

    #[test]
    fn sentences_name_both_accesses() {
        let r = race(site(2, false, 21), site(3, true, 21));
        assert_eq!(
            race_sentence(&r),
            "a read of counter by goroutine 2 on line 21 races with an earlier write by goroutine 3 on line 21"
        );
        let mut r = race(site(3, true, 9), site(1, false, 14));
        r.what.clear();
        assert_eq!(
            race_sentence(&r),
            "a write by goroutine 3 on line 9 races with an earlier read by goroutine 1 on line 14"
        );
    }

    #[test]
    fn racing_steps_on_the_timeline() {
        let point = |index: usize, goroutine: u32, kind: EventKind, text: &str| Point {
            index,
            goroutine,
            kind,
            line: 21,
            text: text.into(),
            memory: (kind == EventKind::Memory).then(|| gosim::vm::MemoryAccess {
                write: text.starts_with("write"),
                variable: "counter".into(),
                value: None,
            }),
            woke: vec![],
            label: None,
            substep: false,
        };
        let points = [
            point(0, 3, EventKind::Memory, "read counter"),
            point(1, 3, EventKind::Memory, "write counter"),
            point(2, 2, EventKind::Memory, "read counter"),
            point(3, 2, EventKind::Send, "send"),
            point(4, 2, EventKind::Memory, "read counter"),
        ];
        let races = [race(site(2, false, 21), site(3, true, 21))];
        // The detector saw goroutine 2's read (step 2) race with goroutine 3's write
        // (step 1).
        assert_eq!(race_points(&races, &points, 4), [1, 2]);
        // Goroutine 2's later read of the same line is not the reported one.
        assert_eq!(race_points(&races, &points, 5), [1, 2]);
        // A read by goroutine 2 before goroutine 3's write cannot be the racing access.
        let early = [
            points[2].clone(),
            points[0].clone(),
            points[1].clone(),
            points[4].clone(),
        ];
        assert_eq!(race_points(&races, &early, 4), [1, 4]);
        assert!(race_points(&races, &points, 0).is_empty());
        assert!(race_points(&[], &points, 5).is_empty());
    }

    #[test]
    fn racing_lines_are_listed_once() {
        let races = [
            race(site(2, false, 21), site(3, true, 21)),
            race(site(3, true, 9), site(1, false, 14)),
            race(site(4, true, 0), site(1, false, 14)),
        ];
        assert_eq!(race_lines(&races), [9, 14, 21]);
        assert!(race_lines(&[]).is_empty());
        assert_eq!(
            race_line_title(&races, 21),
            "data race: read by goroutine 2, write by goroutine 3"
        );
        assert_eq!(
            race_line_title(&races, 14),
            "data race: read by goroutine 1"
        );
    }
}
