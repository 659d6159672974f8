//! The context card: one node of the context tree with its parent above and its children
//! below, each named by the variable that reaches it, so the cards together draw the tree Go
//! keeps; then its `done` channel in words (the engine's [`ContextState`]).

use gosim::inspect::{ContextState, CtxKind, Done, Link};
use yew::prelude::*;
use yew::virtual_dom::AttrValue;

use super::{bits_text, Change};
use crate::dom::{each, text_el};

pub(super) fn card(s: &ContextState, c: &Change) -> Html {
    let parent = s.parent.as_ref().map(link_text).unwrap_or_default();
    let children = s.children.as_deref().unwrap_or_default();
    let changed = c.field("done") || c.field("children") || c.field("err");
    html! {
        <div class={classes!("gosim-ctx", changed.then_some("gosim-changed"))} data-testid="context-node"
            data-kind={s.kind.go_name()} data-done={done_attr(s.done)}
            data-children={children.len().to_string()}>
            <p class="gosim-ctx-parent">
                { "parent: " }{ text_el("code", "", AttrValue::from(parent)) }
            </p>
            if s.children.is_some() {
                <ul class="gosim-ctx-children" aria-label="children (canceled with it)">
                    { each(children.len(), &|i| html! {
                        <li>{ text_el("code", "", AttrValue::from(link_text(&children[i]))) }</li>
                    }) }
                </ul>
            }
            { bits_text(summary(s)) }
        </div>
    }
}

/// A link as the card writes it: the variable's name, or Go's name for a context no
/// variable reaches.
fn link_text(l: &Link) -> String {
    if l.shown || matches!(l.kind, CtxKind::Background | CtxKind::Todo) {
        l.name.clone()
    } else {
        format!("{} (in no variable)", l.name)
    }
}

fn done_attr(d: Option<Done>) -> &'static str {
    match d {
        None => "none",
        Some(Done::NotMade) => "not-made",
        Some(Done::Open) => "open",
        Some(Done::Closed) => "closed",
        Some(Done::SharedClosed) => "closedchan",
    }
}

/// The node in one sentence: what its Done channel does now and what cancel would do.
fn summary(s: &ContextState) -> String {
    let kids = s.children.as_ref().map_or(0, Vec::len);
    match (s.done, &s.err) {
        (None, _) => "A value link: Done, Err and cancellation come from its parent.".into(),
        (Some(Done::Closed | Done::SharedClosed), Some(err)) => {
            format!("Canceled ({err}): Done is closed, every receive from it returns at once.")
        }
        (Some(Done::NotMade), _) => format!(
            "Nobody has asked for Done yet, so no channel is made; cancel would reach {kids} child(ren)."
        ),
        _ => format!("Done is open: receivers wait; cancel closes it and cancels {kids} child(ren)."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(done: Option<Done>, err: Option<&str>, kids: usize) -> ContextState {
        let mut n = ContextState::empty(CtxKind::Cancel);
        n.children = done.map(|_| vec![background(); kids]);
        n.done = done;
        n.err = err.map(str::to_owned);
        n
    }

    fn background() -> Link {
        Link::named(CtxKind::Background, "context.Background", false)
    }

    #[test]
    fn a_node_says_what_its_done_channel_does() {
        assert_eq!(
            summary(&node(Some(Done::Open), None, 2)),
            "Done is open: receivers wait; cancel closes it and cancels 2 child(ren)."
        );
        assert_eq!(
            summary(&node(Some(Done::SharedClosed), Some("context canceled"), 0)),
            "Canceled (context canceled): Done is closed, every receive from it returns at once."
        );
        assert!(summary(&node(None, None, 0)).starts_with("A value link"));
        assert!(summary(&node(Some(Done::NotMade), None, 1)).starts_with("Nobody has asked"));
    }

    #[test]
    fn links_outside_variables_are_marked() {
        assert_eq!(link_text(&background()), "context.Background");
        let hidden = Link::named(CtxKind::Cancel, "*context.cancelCtx", false);
        assert_eq!(link_text(&hidden), "*context.cancelCtx (in no variable)");
        let shown = Link::named(CtxKind::Cancel, "ctx", true);
        assert_eq!(link_text(&shown), "ctx");
    }
}
