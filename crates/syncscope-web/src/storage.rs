//! What the widget keeps in the reader's browser (`localStorage`), per block id:
//!
//! - `syncscope:code:<id>`: the reader's edited code, written on every edit (so nothing typed
//!   is lost, even if it does not compile) and removed by "reset code";
//! - `syncscope:aside:<id>`: the reader's own edit, put aside when a share link opened the
//!   block with other code (the widget offers "Back to my own edit" until it is used);
//! - `syncscope:solved:<id>`: `1` once the reader has reached the block's goal.
//!
//! Storage can be missing or refuse writes (private windows, a full quota, a disabled
//! setting); every call here then quietly does nothing, and the widget works without memory.

pub fn code_key(id: &str) -> String {
    format!("syncscope:code:{id}")
}

pub fn aside_key(id: &str) -> String {
    format!("syncscope:aside:{id}")
}

pub fn solved_key(id: &str) -> String {
    format!("syncscope:solved:{id}")
}

fn storage() -> Option<web_sys::Storage> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    web_sys::window()?.local_storage().ok()?
}

pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

/// Stores `value`; false when the browser refused.
pub fn set(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

pub fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_per_block() {
        assert_eq!(code_key("handoff"), "syncscope:code:handoff");
        assert_eq!(solved_key("handoff"), "syncscope:solved:handoff");
        assert_eq!(aside_key("handoff"), "syncscope:aside:handoff");
        // Natively there is no storage, and nothing panics.
        assert_eq!(get("x"), None);
        assert!(!set("x", "y"));
        remove("x");
    }
}
