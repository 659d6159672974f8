//! The errgroup.Group card: tasks running, the limit and its tokens, the first error, and
//! the derived Context's state and cause (the engine's [`ErrGroupState`]).

use gosim::inspect::ErrGroupState;
use yew::prelude::*;

use super::{bits_text, Change};
use crate::dom::each;

pub(super) fn card(s: &ErrGroupState, c: &Change) -> Html {
    let canceled = s.ctx.as_ref().is_some_and(|d| d.err.is_some());
    let lines = lines(s);
    html! {
        <div class={classes!("gosim-bits-box", c.any().then_some("gosim-changed"))}
            data-testid="errgroup-state" data-running={s.running.to_string()}
            data-err={s.err.clone().unwrap_or_default()} data-canceled={canceled.to_string()}>
            { each(lines.len(), &|i| bits_text(lines[i].clone())) }
        </div>
    }
}

/// The group in three sentences: its tasks and limit, its first error, its Context.
fn lines(s: &ErrGroupState) -> Vec<String> {
    let tasks = match s.limit {
        None => format!("{} task(s) running, no limit.", s.running),
        Some(n) if s.tokens >= n => format!(
            "{} task(s) running; all {n} tokens of the limit in use, so Go waits.",
            s.running
        ),
        Some(n) => format!(
            "{} task(s) running; {} of {n} tokens of the limit in use.",
            s.running, s.tokens
        ),
    };
    let err = match &s.err {
        Some(e) => format!("First error: {e} (Wait returns it; later ones are dropped)."),
        None => "No error yet.".into(),
    };
    let mut out = vec![tasks, err];
    if let Some(d) = &s.ctx {
        out.push(match (&d.err, &d.cause) {
            (Some(e), Some(cause)) => format!("Its Context: {e}, cause {cause}."),
            (Some(e), None) => format!("Its Context: {e}."),
            _ => "Its Context: not canceled yet.".into(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use gosim::inspect::Derived;

    #[test]
    fn the_group_reads_as_tasks_error_and_context() {
        let mut s = ErrGroupState {
            running: 2,
            limit: Some(2),
            tokens: 2,
            err: None,
            ctx: Some(Derived {
                err: None,
                cause: None,
            }),
        };
        assert_eq!(
            lines(&s),
            [
                "2 task(s) running; all 2 tokens of the limit in use, so Go waits.",
                "No error yet.",
                "Its Context: not canceled yet."
            ]
        );
        s.err = Some("boom".into());
        s.tokens = 1;
        s.ctx = Some(Derived {
            err: Some("context canceled".into()),
            cause: Some("boom".into()),
        });
        assert_eq!(
            lines(&s)[1..],
            [
                "First error: boom (Wait returns it; later ones are dropped).",
                "Its Context: context canceled, cause boom."
            ]
        );
        assert_eq!(
            lines(&s)[0],
            "2 task(s) running; 1 of 2 tokens of the limit in use."
        );
        s.ctx = None;
        s.limit = None;
        assert_eq!(lines(&s).len(), 2);
    }
}
