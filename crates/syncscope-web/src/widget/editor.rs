//! The code editor: the reader's draft kept in storage, its editing mode (Tab types a tab
//! only there), Ctrl+Enter inside it, and Go's line:column positions as caret offsets.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlTextAreaElement, KeyboardEvent};
use yew::prelude::*;

use super::{Msg, Widget};
use crate::keys::{self, EditorKey};
use crate::storage;

/// The UTF-16 offset in `text` of a 1-based line and (byte) column, as Go reports them; for
/// placing the editor's caret. Out-of-range positions clamp to the line's or text's end.
pub fn utf16_offset(text: &str, line: u32, col: u32) -> u32 {
    let mut offset = 0usize;
    for (n, l) in text.split('\n').enumerate() {
        if n + 1 == line as usize {
            let byte = (col.max(1) as usize - 1).min(l.len());
            let byte = (0..=byte)
                .rev()
                .find(|&b| l.is_char_boundary(b))
                .unwrap_or(0);
            offset += l[..byte].encode_utf16().count();
            return u32::try_from(offset).unwrap_or(u32::MAX);
        }
        offset += l.encode_utf16().count() + 1;
    }
    u32::try_from(text.encode_utf16().count()).unwrap_or(u32::MAX)
}

/// The editor group of [`Widget`]: the reader's draft, the text area it is typed in and its
/// editing mode.
pub(super) struct Editor {
    /// The editor's text.
    pub(super) draft: String,
    /// The reader's own edit, put aside when a link brought other code.
    pub(super) own_code: Option<String>,
    /// The code editor is in editing mode: Tab types a tab there.
    pub(super) editing: bool,
    /// The Escape being handled ended editing mode, so it does not also leave the editor.
    pub(super) escape_ended: bool,
    /// The text area.
    pub(super) node: NodeRef,
}

impl Editor {
    pub(super) fn new(draft: String) -> Editor {
        Editor {
            draft,
            own_code: None,
            editing: false,
            escape_ended: false,
            node: NodeRef::default(),
        }
    }

    /// Types a tab at the caret (replacing the selection); false when there is no text area.
    fn type_tab(&mut self) -> bool {
        let Some(editor) = self.node.cast::<HtmlTextAreaElement>() else {
            return false;
        };
        let value = editor.value();
        let mut units: Vec<u16> = value.encode_utf16().collect();
        let len = units.len() as u32;
        let start = editor
            .selection_start()
            .ok()
            .flatten()
            .unwrap_or(len)
            .min(len);
        let end = editor
            .selection_end()
            .ok()
            .flatten()
            .unwrap_or(start)
            .clamp(start, len);
        units.splice(start as usize..end as usize, [u16::from(b'\t')]);
        let text = String::from_utf16_lossy(&units);
        editor.set_value(&text);
        let _ = editor.set_selection_range(start + 1, start + 1);
        self.draft = text;
        true
    }

    /// Puts the caret at Go's `line`:`col` in the draft (a compile error's place).
    pub(super) fn focus_at(&self, line: u32, col: u32) {
        if let Some(editor) = self.node.cast::<HtmlTextAreaElement>() {
            let offset = utf16_offset(&self.draft, line, col);
            let _ = editor.focus();
            let _ = editor.set_selection_range(offset, offset);
        }
    }
}

/// The text area sits over the highlighted code, so it must never scroll on its own (the
/// caret kept in view as the reader types): its `scroll` handler puts it back. A scroll
/// event comes in the frame's scroll steps, before that frame is painted, so the drift is
/// never seen. It used to be put back after every render instead: setting `scrollTop`
/// makes the browser lay the page out there and then, and in the first widget's render that
/// was 62 ms of style and layout on the budgets test's phone profile, before the widget
/// went live (a trace, `e2e/trace-probe.mjs`, 2026-12-07).
pub(super) fn keep_unscrolled(event: Event) {
    if let Some(editor) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) {
        if editor.scroll_top() != 0 || editor.scroll_left() != 0 {
            editor.set_scroll_left(0);
            editor.set_scroll_top(0);
        }
    }
}

impl Widget {
    pub(super) fn edited(&self) -> bool {
        self.editor.draft != self.run.compiled
    }

    pub(super) fn save_draft(&mut self) {
        if self.id.is_empty() || !self.options.editable {
            return;
        }
        let key = storage::code_key(&self.id);
        if self.editor.draft == self.original {
            storage::remove(&key);
        } else if !storage::set(&key, &self.editor.draft) {
            self.view.say_notice(
                "This browser does not let the page keep your edit; copy it somewhere before leaving.",
                true,
            );
        }
    }

    /// Keys inside the code editor (see [`keys::editor_key`]): Tab types a tab only in
    /// editing mode (Enter or a click starts it, Escape ends it), and Ctrl+Enter (or
    /// Cmd+Enter) applies the edit.
    pub(super) fn editor_key(&mut self, ctx: &Context<Self>, event: KeyboardEvent) -> bool {
        let ctrl = event.ctrl_key() || event.meta_key();
        let other = event.shift_key() || event.alt_key();
        match keys::editor_key(&event.key(), ctrl, other, self.editor.editing) {
            EditorKey::Apply => {
                event.prevent_default();
                Component::update(self, ctx, Msg::Apply)
            }
            EditorKey::StartEditing => {
                event.prevent_default();
                self.set_editing(true);
                true
            }
            EditorKey::StopEditing => {
                // The widget's own Escape (leave the editor) must not follow.
                self.editor.escape_ended = true;
                self.set_editing(false);
                true
            }
            EditorKey::TypeTab => {
                event.prevent_default();
                if self.editor.type_tab() {
                    self.save_draft();
                }
                true
            }
            EditorKey::Browser => false,
        }
    }

    /// Editing mode on or off, announced.
    pub(super) fn set_editing(&mut self, on: bool) {
        if self.editor.editing == on {
            return;
        }
        self.editor.editing = on;
        self.view.say(
            if on {
                "editing the code: Tab types a tab; Esc stops editing"
            } else {
                "not editing: Tab moves to the next control; Enter edits again"
            }
            .into(),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caret_offsets_follow_go_columns() {
        let text = "ab\n\tcd\né世x\n";
        assert_eq!(utf16_offset(text, 1, 1), 0);
        assert_eq!(utf16_offset(text, 1, 3), 2);
        assert_eq!(utf16_offset(text, 2, 2), 4);
        // Go's columns count bytes: x is at byte column 6 of line 3.
        assert_eq!(utf16_offset(text, 3, 6), 9);
        // Inside a character: the start of that character.
        assert_eq!(utf16_offset(text, 3, 3), 8);
        assert_eq!(utf16_offset(text, 2, 99), 6);
        assert_eq!(utf16_offset(text, 99, 1), 11);
        assert_eq!(utf16_offset(text, 0, 0), 11);
    }
}
