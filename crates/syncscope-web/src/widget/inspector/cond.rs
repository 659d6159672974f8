//! The sync.Cond card: its notify list as tickets. Wait takes ticket `wait` and bumps it;
//! Signal wakes the holder of ticket `notify` and bumps it, so the tickets in between are the
//! waiting ones.

use gosim::inspect::CondState;
use yew::prelude::*;

use super::Change;

pub(super) fn card(s: &CondState, c: &Change) -> Html {
    let changed = c.field("notify.wait") || c.field("notify.notify");
    html! {
        <p class={classes!("gosim-muted", "gosim-bits-text", changed.then_some("gosim-changed"))}
            data-testid="cond-tickets" data-wait={s.wait.to_string()} data-notify={s.notify.to_string()}>
            { summary(s.wait, s.notify) }
        </p>
    }
}

/// A Cond's tickets in words: which ones were handed out and not yet signalled, and which one
/// Signal wakes next. `wait` and `notify` are the notify list's two counters.
fn summary(wait: i64, notify: i64) -> String {
    match wait - notify {
        _ if wait == 0 => "No ticket handed out yet: nobody has called Wait.".into(),
        n if n <= 0 => format!(
            "Tickets handed out: {wait}, all signalled: Signal has nobody to wake."
        ),
        1 => format!("Ticket {notify} is waiting: Signal wakes it."),
        n => format!(
            "Tickets {notify}\u{2013}{} are waiting ({n}); Signal wakes ticket {notify} first, Broadcast all of them.",
            wait - 1
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cond_tickets_read_well() {
        assert_eq!(
            summary(0, 0),
            "No ticket handed out yet: nobody has called Wait."
        );
        assert_eq!(
            summary(3, 0),
            "Tickets 0\u{2013}2 are waiting (3); Signal wakes ticket 0 first, Broadcast all of them."
        );
        assert_eq!(summary(4, 3), "Ticket 3 is waiting: Signal wakes it.");
        assert_eq!(
            summary(3, 3),
            "Tickets handed out: 3, all signalled: Signal has nobody to wake."
        );
    }
}
