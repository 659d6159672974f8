//! The memory panel (`panels=memory`): interface values as Go lays them out, from the
//! engine's typed view (`Session::memory`, `gosim::inspect::memory`). Each variable is a
//! row of words (an `eface`'s type word and data word, an `iface`'s itab word and data
//! word), each word a box whose text says what it holds, with an arrow to what it points
//! at: a type descriptor, an itab (its interface, concrete type, hash and `fun` table) or
//! the copy of the value. Below, the runtime's itab cache with its hits and misses.
//!
//! Everything is text in lists, so a screen reader reads each word as a sentence; the
//! arrows are drawn by CSS and hidden from it. The variables are the block's `memory=`
//! names, or every local of the picked goroutine's current frame.

use gosim::inspect::memory::{
    DataWord, ItabView, MemoryView, Place, Shortcut, TypeDesc, VarWords, Words,
};
use gosim::inspect::reflect_value::{DataWord as RDataWord, ReflectValueView};
use yew::prelude::*;
use yew::virtual_dom::AttrValue;

use super::view::muted;
use super::Widget;
use crate::dom::{each, el, text_el};

impl Widget {
    pub(super) fn view_memory(&self) -> Html {
        let Some(session) = &self.run.session else {
            return muted("No program is running.".into());
        };
        let gid = self.run.inspected(self.view.selected).unwrap_or(1);
        let view = session.memory(gid, &self.options.memory);
        draw(gid, &view)
    }
}

fn draw(gid: u32, v: &MemoryView) -> Html {
    let head = if v.vars.is_empty() {
        muted(format!("No variables in scope in goroutine {gid} yet.").into())
    } else {
        html! {
            <ul class="gosim-mem-vars">
                { each(v.vars.len(), &|i| var_row(&v.vars[i])) }
            </ul>
        }
    };
    let cache = format!(
        "itab cache: {} entries, {} hits, {} misses",
        v.itabs.len(),
        v.hits,
        v.misses
    );
    html! {
        <div class="gosim-memory" data-testid="memory">
            { head }
            { text_el("p", "gosim-frame-head", cache.into()) }
            if !v.itabs.is_empty() {
                <ul class="gosim-mem-cache" data-testid="itab-cache">
                    { each(v.itabs.len(), &|i| el("li", "gosim-mem-target", itab_text(&v.itabs[i]))) }
                </ul>
            }
        </div>
    }
}

/// One word as drawn: its name (`type`, `tab`, `data`), whether it is set, its sentence,
/// and the box it points to.
type Word = (&'static str, bool, String, Option<Html>);

fn var_row(v: &VarWords) -> Html {
    let (shape, words): (&str, Vec<Word>) = match &v.words {
        Words::Plain { value } => {
            let head = format!("{} {} = {value}", v.name, v.type_name);
            return el(
                "li",
                "gosim-mem-var",
                text_el("p", "gosim-mem-head", head.into()),
            );
        }
        Words::Eface { type_word, data } => (
            "eface: type word and data word",
            vec![
                match type_word {
                    None => ("type", false, "type word: 0 (nil)".into(), None),
                    Some(t) => (
                        "type",
                        true,
                        format!("type word: points to the type descriptor of {}", t.name),
                        Some(text_el("p", "gosim-mem-target", type_text(t).into())),
                    ),
                },
                data_word(data),
            ],
        ),
        Words::Reflect(r) => (
            "reflect.Value: type, pointer and flag words",
            reflect_words(r),
        ),
        Words::Iface { tab, data } => (
            "iface: itab word and data word",
            vec![
                match tab {
                    None => ("tab", false, "itab word: 0 (nil)".into(), None),
                    Some(t) => (
                        "tab",
                        true,
                        format!(
                            "itab word: points to the itab for ({}, {})",
                            t.inter, t.concrete
                        ),
                        Some(el("div", "gosim-mem-target", itab_text(t))),
                    ),
                },
                data_word(data),
            ],
        ),
    };
    let nil = if let Words::Reflect(_) = &v.words {
        "CanSet when flagAddr is set and neither read-only bit is"
    } else if v.words.is_nil() {
        "both words zero: == nil"
    } else {
        "!= nil"
    };
    let head = format!("{} {} ({shape}; {nil})", v.name, v.type_name);
    html! {
        <li class="gosim-mem-var" data-testid="mem-var" data-name={v.name.clone()}>
            { text_el("p", "gosim-mem-head", head.into()) }
            <ol class="gosim-mem-words">
                { each(words.len(), &|i| {
                    let (name, set, text, target) = &words[i];
                    html! {
                        <li class={classes!("gosim-mem-word", set.then_some("gosim-mem-set"))}
                            data-word={*name} data-set={set.to_string()}>
                            { text_el("span", "gosim-mem-box", AttrValue::from(text.clone())) }
                            { target.clone().unwrap_or_default() }
                        </li>
                    }
                }) }
            </ol>
        </li>
    }
}

/// A `reflect.Value`'s three words: `typ_`, `ptr` and `flag` with Go's bits named.
fn reflect_words(r: &ReflectValueView) -> Vec<Word> {
    let typ = match &r.typ {
        None => (
            "typ",
            false,
            "type word: 0 (the zero Value)".to_string(),
            None,
        ),
        Some(t) => (
            "typ",
            true,
            format!("type word: points to the type descriptor of {t}"),
            None,
        ),
    };
    let ptr = match &r.data {
        RDataWord::Nothing => ("ptr", false, "pointer word: 0".to_string(), None),
        RDataWord::Copy(v) => (
            "ptr",
            true,
            format!("pointer word: points to a copy ({v}): not addressable"),
            None,
        ),
        RDataWord::Pointer(v) => (
            "ptr",
            true,
            format!("pointer word: points to the variable itself ({v}): a Set changes it"),
            None,
        ),
    };
    let f = &r.flag;
    let mut bits = vec![format!("kind {}", f.kind_name)];
    for (on, name) in [
        (f.sticky_ro, "flagStickyRO"),
        (f.embed_ro, "flagEmbedRO"),
        (f.indir, "flagIndir"),
        (f.addr, "flagAddr"),
    ] {
        if on {
            bits.push(name.to_string());
        }
    }
    if let Some(k) = f.method {
        bits.push(format!("flagMethod (method {k})"));
    }
    let flag = format!(
        "flag word: {:#x} = {}; CanAddr {}, CanSet {}",
        f.word,
        bits.join(", "),
        f.can_addr(),
        f.can_set()
    );
    vec![typ, ptr, ("flag", f.word != 0, flag, None)]
}

fn data_word(d: &DataWord) -> Word {
    let (set, text, target) = match d {
        DataWord::Nil => (false, "data word: 0 (nil)".to_string(), None),
        DataWord::Direct { value, nil: true } => (
            false,
            format!("data word: 0, the nil pointer itself ({value}), stored directly"),
            None,
        ),
        DataWord::Direct { value, .. } => (
            true,
            format!("data word: the pointer-shaped value itself ({value})"),
            None,
        ),
        DataWord::Indirect { value, place } => {
            let (to, note) = match place {
                Place::StaticUint64s(n) => (format!("staticuint64s[{n}]"), "no allocation"),
                Place::ZeroBase => ("zerobase".to_string(), "a zero-size value, no allocation"),
                Place::Copy(Some(Shortcut::StaticUint64s(n))) => (
                    "a copy".to_string(),
                    if *n == 0 {
                        "if it escapes, convT points at staticuint64s[0] instead of allocating"
                    } else {
                        "if it escapes, convT points into staticuint64s instead of allocating"
                    },
                ),
                Place::Copy(Some(Shortcut::ZeroVal)) => (
                    "a copy".to_string(),
                    "if it escapes, convT points at zeroVal instead of allocating",
                ),
                Place::Copy(None) => (
                    "a copy".to_string(),
                    "on the heap if it escapes, else on the stack or in read-only data",
                ),
            };
            (
                true,
                format!("data word: points to {to} ({note})"),
                Some(text_el(
                    "p",
                    "gosim-mem-target",
                    format!("{to}: {value}").into(),
                )),
            )
        }
    };
    ("data", set, text, target)
}

fn type_text(t: &TypeDesc) -> String {
    let shape = if t.direct {
        "pointer-shaped: the data word holds the value"
    } else {
        "not pointer-shaped: the data word points to the value"
    };
    format!("type {}: kind {}, {shape}", t.name, t.kind)
}

fn itab_text(t: &ItabView) -> Html {
    let origin = match (t.cached, t.from_binary) {
        (true, true) => "built by the compiler, in the runtime's itab table since startup",
        (true, false) => "added to the runtime's itab cache by getitab",
        (false, _) => "built by the compiler for a conversion in the library",
    };
    let head = format!(
        "itab: inter = {}, _type = {}, hash = {} ({origin})",
        t.inter, t.concrete, t.hash
    );
    let slots: Vec<String> = match &t.missing {
        Some(m) => vec![format!(
            "fun[0] = 0: {} does not implement {} (missing method {m})",
            t.concrete, t.inter
        )],
        None => t
            .fun
            .iter()
            .enumerate()
            .map(|(k, f)| format!("fun[{k}] = {} ({})", f.func, f.method))
            .collect(),
    };
    html! {
        <>
            { text_el("span", "gosim-mem-itab", head.into()) }
            <ul class="gosim-mem-fun">
                { each(slots.len(), &|i| text_el("li", "gosim-mem-slot", AttrValue::from(slots[i].clone()))) }
            </ul>
        </>
    }
}
