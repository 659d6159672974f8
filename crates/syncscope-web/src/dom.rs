//! Small element builders for the shapes the views repeat most.
//!
//! Every `html!` element is expanded in place: its attribute array, its child conversion and
//! its `VTag` construction are code at each use, ~150 bytes of wasm even for
//! `<span class="x">{ text }</span>`. The commonest shapes are built here once instead, by
//! non-inlined functions the views call with data. They make the same `VTag` that `html!`
//! makes for the spelled-out element (the class as a dynamic `class` attribute, the child as
//! the element's only child), so the DOM is the same.

use yew::virtual_dom::{AttrValue, AttributeOrProperty, Attributes, VList, VNode, VTag, VText};
use yew::{Html, NodeRef};

/// `<tag class={class}>{ child }</tag>`.
#[inline(never)]
pub fn el(tag: &'static str, class: &'static str, child: Html) -> Html {
    VTag::__new_other(
        AttrValue::Static(tag),
        NodeRef::default(),
        None,
        Attributes::Dynamic {
            keys: &["class"],
            values: Box::new([Some(AttributeOrProperty::Attribute(AttrValue::Static(
                class,
            )))]),
        },
        Default::default(),
        child,
    )
    .into()
}

/// `<tag class={class}>{ text }</tag>`.
#[inline(never)]
pub fn text_el(tag: &'static str, class: &'static str, text: AttrValue) -> Html {
    el(tag, class, VNode::VText(VText::new(text)))
}

/// The nodes `f(0)`, `f(1)`, … `f(n - 1)` as one fragment: what `{ for items.iter().map(…) }`
/// draws. `html!` expands each `{ for … }` into its own `Vec::extend` over its own iterator
/// type; this loop is compiled once for every list in the views.
#[inline(never)]
pub fn each(n: usize, f: &dyn Fn(usize) -> Html) -> Html {
    let mut nodes = Vec::with_capacity(n);
    for i in 0..n {
        nodes.push(f(i));
    }
    VList::with_children(nodes, None).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_the_element_html_builds() {
        let VNode::VTag(tag) = text_el("span", "gosim-badge", "next".into()) else {
            panic!("not an element")
        };
        assert_eq!(tag.tag(), "span");
        assert_eq!(
            tag.attributes.iter().collect::<Vec<_>>(),
            [("class", "gosim-badge")]
        );
        let Some(VNode::VText(text)) = tag.children() else {
            panic!("not a text child")
        };
        assert_eq!(text.text, "next");
    }

    #[test]
    fn each_lists_the_nodes_in_order() {
        let VNode::VList(list) = each(3, &|i| text_el("li", "x", i.to_string().into())) else {
            panic!("not a list")
        };
        let texts: Vec<String> = list
            .iter()
            .map(|node| match node {
                VNode::VTag(tag) => match tag.children() {
                    Some(VNode::VText(t)) => t.text.to_string(),
                    _ => panic!("no text"),
                },
                _ => panic!("not an element"),
            })
            .collect();
        assert_eq!(texts, ["0", "1", "2"]);
        let VNode::VList(empty) = each(0, &|_| unreachable!()) else {
            panic!("not a list")
        };
        assert!(empty.is_empty());
    }
}
