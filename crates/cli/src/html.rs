//! HTML pages to the text the extractor reads: visible text only, one
//! paragraph per block, blank lines between blocks.

use ego_tree::iter::Edge;
use scraper::{Html, Node};

/// Elements whose content is never visible text.
const HIDDEN: &[&str] = &[
    "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas",
    "select", "button",
];

/// Elements that stand on their own lines: a block ends a paragraph.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Whether `text` is an HTML page: it starts with a doctype or an `<html>`
/// tag, perhaps after comments or an XML declaration.
pub(crate) fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start();
    if !start.starts_with('<') {
        return false;
    }
    let mut end = start.len().min(1024);
    while !start.is_char_boundary(end) {
        end -= 1;
    }
    let head = start[..end].to_ascii_lowercase();
    head.contains("<!doctype html") || head.contains("<html")
}

/// The visible text of an HTML page or fragment.
///
/// Scripts, styles and the `<head>` are dropped. Within a block, runs of
/// whitespace (line breaks of the source included) become one space, as a
/// browser shows them; each block becomes its own paragraph, so a sentence
/// never runs into the next heading or list item. `<br>` breaks a line.
pub(crate) fn to_text(html: &str) -> String {
    let document = Html::parse_document(html);
    let mut out = Text::default();
    // The hidden element being skipped, until it closes.
    let mut hidden = None;
    for edge in document.tree.root().traverse() {
        match edge {
            Edge::Open(node) if hidden.is_none() => match node.value() {
                Node::Text(text) => out.push(text),
                Node::Element(e) if HIDDEN.contains(&e.name()) => hidden = Some(node.id()),
                Node::Element(e) if e.name() == "br" => out.line_break(1),
                Node::Element(e) if BLOCKS.contains(&e.name()) => out.line_break(2),
                _ => {}
            },
            Edge::Close(node) if hidden == Some(node.id()) => hidden = None,
            Edge::Close(node) if hidden.is_none() => {
                if matches!(node.value(), Node::Element(e) if BLOCKS.contains(&e.name())) {
                    out.line_break(2);
                }
            }
            _ => {}
        }
    }
    out.text.push('\n');
    out.text
}

/// Text being written: words with single spaces, and pending line breaks.
#[derive(Debug, Default)]
struct Text {
    text: String,
    space: bool,
    breaks: usize,
}

impl Text {
    fn push(&mut self, piece: &str) {
        if piece.starts_with(char::is_whitespace) {
            self.space = true;
        }
        for (i, word) in piece.split_whitespace().enumerate() {
            if self.text.is_empty() {
                // Nothing to separate from.
            } else if self.breaks > 0 {
                self.text.extend(std::iter::repeat_n('\n', self.breaks));
            } else if self.space || i > 0 {
                self.text.push(' ');
            }
            self.text.push_str(word);
            self.breaks = 0;
            self.space = false;
        }
        if piece.ends_with(char::is_whitespace) {
            self.space = true;
        }
    }

    fn line_break(&mut self, lines: usize) {
        self.breaks = self.breaks.max(lines);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_in_paragraphs() {
        let page = "<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head>\
            <body><h1>Pakistan, China  vow\n cooperation</h1><script>var x = 1;</script>\
            <p>Ishaq <b>Dar</b> met Wang&nbsp;Yi in Beijing.<br>Both sides agreed.</p>\
            <ul><li>CPEC</li><li>Gwadar &amp; ML-1</li></ul>tail</body></html>";
        assert_eq!(
            to_text(page),
            "Pakistan, China vow cooperation\n\nIshaq Dar met Wang Yi in Beijing.\n\
             Both sides agreed.\n\nCPEC\n\nGwadar & ML-1\n\ntail\n"
        );
    }

    #[test]
    fn pages_are_told_from_text() {
        assert!(looks_like_html("  <!doctype HTML>\n<html>"));
        assert!(looks_like_html(
            "<?xml version=\"1.0\"?>\n<html xmlns=\"…\">"
        ));
        assert!(!looks_like_html("Pakistan <and> China"));
        assert!(!looks_like_html("<p>a fragment</p>"));
    }
}
