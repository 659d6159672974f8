//! Small element builders for the shapes the views repeat most.
//!
//! Every `html!` element is expanded in place: its attribute array, its child conversion and
//! its `VTag` construction are code at each use, ~150 bytes of wasm even for
//! `<span class="x">{ text }</span>`. The commonest shapes are built here once instead, by
//! non-inlined functions the views call with data. They make the same `VTag` that `html!`
//! makes for the spelled-out element (the class as a dynamic `class` attribute, the child as
//! the element's only child), so the DOM is the same.

use yew::virtual_dom::{AttrValue, AttributeOrProperty, Attributes, VNode, VTag, VText};
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
}
