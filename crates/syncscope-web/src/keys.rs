//! The widget's keyboard: which key does what (the table in `src/how-to-read.md`).

/// What a key asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyAction {
    /// Space: one step, the scheduler picks (or the loaded schedule says).
    Step,
    /// 1–9: one step of that goroutine.
    StepGoroutine(u32),
    /// Backspace: undo one step.
    Back,
    /// r: run (or pause a run).
    Run,
    /// Home: back to the start, keeping the steps for Forward.
    Home,
    /// e: expand sync operations into their labelled sub-steps, or fold them again.
    Expand,
    /// Escape: hand the keyboard back to the page.
    Leave,
}

/// Where the key was pressed, as far as the mapping cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A text field (the code editor, the seed): typing goes to it; only Escape is ours.
    TextField,
    /// A button or other control that Space and Enter activate by themselves.
    Control,
    /// Anywhere else in the widget.
    Other,
}

/// Keys listed in the widget's help, in order: (keys, what they do).
pub const HELP: &[(&str, &str)] = &[
    ("Space", "step (the scheduler picks)"),
    ("1 … 9", "step goroutine 1 … 9"),
    ("Backspace", "back one step"),
    ("r", "run to the end / pause"),
    ("Home", "back to the start"),
    ("e", "expand sync operations into sub-steps / fold them"),
    ("Esc", "leave the code editor; again: leave the widget"),
];

/// Maps a `KeyboardEvent.key` to an action. `modified` is true when Ctrl, Alt or Meta is held:
/// those combinations belong to the browser and the system.
pub fn key_action(key: &str, modified: bool, target: Target) -> Option<KeyAction> {
    if modified {
        return None;
    }
    if key == "Escape" {
        return Some(KeyAction::Leave);
    }
    match target {
        Target::TextField => return None,
        // Space on a button presses the button; taking a step as well would take two.
        Target::Control if key == " " || key == "Enter" => return None,
        _ => {}
    }
    match key {
        " " | "Spacebar" => Some(KeyAction::Step),
        "Backspace" => Some(KeyAction::Back),
        "r" | "R" => Some(KeyAction::Run),
        "Home" => Some(KeyAction::Home),
        "e" | "E" => Some(KeyAction::Expand),
        _ => {
            let mut chars = key.chars();
            match (chars.next(), chars.next()) {
                (Some(c @ '1'..='9'), None) => c.to_digit(10).map(KeyAction::StepGoroutine),
                _ => None,
            }
        }
    }
}

/// What a key does in the code editor. The editor takes Tab only in editing mode, which
/// Enter or a click starts and Escape (or leaving the editor) ends, as accessible code
/// editors do: otherwise Tab moves focus on, and tabbing through a page types nothing
/// (issue 17: Tab was swallowed and typed into the exercise).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditorKey {
    /// Ctrl+Enter (Cmd+Enter): run the edited code.
    Apply,
    /// Enter outside editing mode: start editing (no newline typed).
    StartEditing,
    /// Tab in editing mode: type a tab.
    TypeTab,
    /// Escape in editing mode: stop editing, staying in the editor.
    StopEditing,
    /// Anything else: the browser's own behaviour (typing, Tab moving focus, Escape
    /// outside editing mode handing the keyboard to the widget).
    Browser,
}

/// Maps a key in the code editor. `ctrl` is Ctrl or Meta, `other` Shift or Alt.
pub fn editor_key(key: &str, ctrl: bool, other: bool, editing: bool) -> EditorKey {
    match key {
        "Enter" if ctrl => EditorKey::Apply,
        "Enter" if !editing && !other => EditorKey::StartEditing,
        "Tab" if editing && !ctrl && !other => EditorKey::TypeTab,
        "Escape" if editing => EditorKey::StopEditing,
        _ => EditorKey::Browser,
    }
}

/// The keys help's rows for the code editor (shown when the block is editable).
pub const EDITOR_HELP: &[(&str, &str)] = &[
    (
        "Enter",
        "in the code: start editing (a click does too); Tab then types a tab",
    ),
    (
        "Tab",
        "moves to the next control, also from the code; while editing: types a tab",
    ),
    (
        "Esc",
        "in the code: stop editing (Tab moves on again); again: leave the code",
    ),
    ("Ctrl+Enter", "in the code: run the edited code"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_editor_takes_tab_only_while_editing() {
        // Tabbing through the page: Tab is the browser's (focus moves on).
        assert_eq!(editor_key("Tab", false, false, false), EditorKey::Browser);
        assert_eq!(
            editor_key("Enter", false, false, false),
            EditorKey::StartEditing
        );
        assert_eq!(editor_key("Tab", false, false, true), EditorKey::TypeTab);
        // Shift+Tab always moves focus back.
        assert_eq!(editor_key("Tab", false, true, true), EditorKey::Browser);
        // While editing, Enter is a newline.
        assert_eq!(editor_key("Enter", false, false, true), EditorKey::Browser);
        assert_eq!(
            editor_key("Escape", false, false, true),
            EditorKey::StopEditing
        );
        assert_eq!(
            editor_key("Escape", false, false, false),
            EditorKey::Browser
        );
        assert_eq!(editor_key("Enter", true, false, false), EditorKey::Apply);
        assert_eq!(editor_key("a", false, false, false), EditorKey::Browser);
    }

    #[test]
    fn the_documented_keys() {
        let other = Target::Other;
        assert_eq!(key_action(" ", false, other), Some(KeyAction::Step));
        assert_eq!(
            key_action("1", false, other),
            Some(KeyAction::StepGoroutine(1))
        );
        assert_eq!(
            key_action("9", false, other),
            Some(KeyAction::StepGoroutine(9))
        );
        assert_eq!(key_action("Backspace", false, other), Some(KeyAction::Back));
        assert_eq!(key_action("r", false, other), Some(KeyAction::Run));
        assert_eq!(key_action("Home", false, other), Some(KeyAction::Home));
        assert_eq!(key_action("e", false, other), Some(KeyAction::Expand));
        assert_eq!(key_action("Escape", false, other), Some(KeyAction::Leave));
    }

    #[test]
    fn other_keys_do_nothing() {
        for key in [
            "0",
            "10",
            "ArrowLeft",
            "ArrowRight",
            "s",
            "/",
            "?",
            "Enter",
            "Tab",
            "x",
        ] {
            assert_eq!(key_action(key, false, Target::Other), None, "{key}");
        }
    }

    #[test]
    fn modifiers_belong_to_the_browser() {
        for key in [" ", "1", "r", "e", "Backspace", "Escape"] {
            assert_eq!(key_action(key, true, Target::Other), None, "{key}");
        }
    }

    #[test]
    fn text_fields_keep_their_keys_but_escape() {
        for key in [" ", "1", "r", "e", "Backspace", "Home"] {
            assert_eq!(key_action(key, false, Target::TextField), None, "{key}");
        }
        assert_eq!(
            key_action("Escape", false, Target::TextField),
            Some(KeyAction::Leave)
        );
    }

    #[test]
    fn buttons_keep_space_and_enter() {
        assert_eq!(key_action(" ", false, Target::Control), None);
        assert_eq!(key_action("Enter", false, Target::Control), None);
        assert_eq!(
            key_action("2", false, Target::Control),
            Some(KeyAction::StepGoroutine(2))
        );
        assert_eq!(
            key_action("Backspace", false, Target::Control),
            Some(KeyAction::Back)
        );
    }

    #[test]
    fn expand_is_e_and_no_other_key_is_taken_by_it() {
        assert_eq!(
            key_action("E", false, Target::Control),
            Some(KeyAction::Expand)
        );
        // Each listed key is one action, and none of them is one of mdBook's own keys
        // (arrows turn pages, s and / open the search, ? its help).
        let actions: Vec<Option<KeyAction>> = ["Space", "Backspace", "r", "Home", "e"]
            .iter()
            .map(|k| key_action(if *k == "Space" { " " } else { k }, false, Target::Other))
            .collect();
        for (i, a) in actions.iter().enumerate() {
            assert!(a.is_some());
            assert!(!actions[i + 1..].contains(a), "{a:?} twice");
        }
        for key in ["ArrowLeft", "ArrowRight", "s", "S", "/", "?"] {
            assert_eq!(key_action(key, false, Target::Other), None, "{key}");
        }
    }

    #[test]
    fn help_lists_every_action() {
        assert_eq!(HELP.len(), 7);
    }
}
