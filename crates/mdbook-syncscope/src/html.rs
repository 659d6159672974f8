//! The placeholder markup a live block becomes.

use syncscope_schema::Options;

/// Escapes text for an HTML attribute value delimited by `quote` (`"` or `'`).
///
/// Besides the usual `&`, `<`, `>` and the delimiter, line breaks become character
/// references. That is not an HTML rule but a Markdown one: the placeholder is a CommonMark
/// HTML block, which ends at the first blank line, so a raw newline in `data-code` (Go code has
/// blank lines) would cut the element in half.
pub fn escape_attr(value: &str, quote: char) -> String {
    let mut out = String::with_capacity(value.len() + value.len() / 8);
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if quote == '"' => out.push_str("&quot;"),
            '\'' if quote == '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    out
}

/// Renders the Markdown that replaces a live block:
///
/// ````text
/// <div class="gosim-widget" data-id="…" data-code="…" data-options='{…}' data-module="built">
///
/// ```go
/// …the code, highlighted by mdBook: the no-JavaScript and print fallback…
/// ```
///
/// </div>
/// ````
///
/// The blank lines matter: they end the HTML block so the fence inside is Markdown again,
/// and they keep a following paragraph out of the closing `</div>` block.
///
/// `data-module` says whether the widget module was built when the page was (`built` or
/// `missing`), so the loader can show its note without requesting a file that is not there.
pub fn widget(id: &str, code: &str, options: &Options, module_built: bool) -> String {
    let json = options.to_json();
    let fence = fence_for(code);
    let mut body = code.to_owned();
    if !body.ends_with('\n') {
        body.push('\n');
    }
    format!(
        "\n<div class=\"gosim-widget\" data-id=\"{}\" data-code=\"{}\" data-options='{}' data-module=\"{}\">\n\n\
         {fence}go\n{body}{fence}\n\n</div>\n\n",
        escape_attr(id, '"'),
        escape_attr(code, '"'),
        escape_attr(&json, '\''),
        if module_built { "built" } else { "missing" },
    )
}

/// A backtick fence longer than any backtick run in the code, so Go raw strings that contain
/// backticks cannot close it early.
fn fence_for(code: &str) -> String {
    let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    "`".repeat((longest + 1).max(3))
}

#[cfg(test)]
mod tests {
    use super::*;
    use syncscope_schema::{Detail, Panel};

    #[test]
    fn escapes_markup_quotes_and_line_breaks() {
        let text = "a < b && c > \"d\" 'e'\r\nf";
        assert_eq!(
            escape_attr(text, '"'),
            "a &lt; b &amp;&amp; c &gt; &quot;d&quot; 'e'&#13;&#10;f"
        );
        assert_eq!(
            escape_attr(text, '\''),
            "a &lt; b &amp;&amp; c &gt; \"d\" &#39;e&#39;&#13;&#10;f"
        );
        // Already-escaped text is escaped again: the attribute must round-trip exactly.
        assert_eq!(escape_attr("&amp;", '"'), "&amp;amp;");
    }

    #[test]
    fn fence_outgrows_backticks_in_code() {
        assert_eq!(fence_for("x := 1"), "```");
        assert_eq!(fence_for("s := `raw`"), "```");
        assert_eq!(fence_for("s := `\n```\n`"), "````");
    }

    #[test]
    fn placeholder_is_one_html_line_around_a_go_fence() {
        let options = Options {
            panels: vec![Panel::Code],
            schedule: None,
            goal: None,
            editable: false,
            seed: None,
            source: None,
            detail: Detail::Operations,
            memory: vec![],
            solution: None,
        };
        let html = widget(
            "ch-1",
            "func main() {\n\n\tprintln(\"it's\")\n}",
            &options,
            false,
        );
        assert_eq!(
            html,
            "\n<div class=\"gosim-widget\" data-id=\"ch-1\" \
             data-code=\"func main() {&#10;&#10;\tprintln(&quot;it's&quot;)&#10;}\" \
             data-options='{\"panels\":[\"code\"],\"schedule\":null,\"goal\":null,\
             \"editable\":false,\"seed\":null,\"source\":null}' data-module=\"missing\">\n\n\
             ```go\nfunc main() {\n\n\tprintln(\"it's\")\n}\n```\n\n</div>\n\n"
        );
    }
}
