//! Making arbitrary text safe for each output format: XML characters, XML names, CSV fields.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `c` may appear in an XML 1.0 document, as a character or a reference.
///
/// XML 1.0 allows `\t`, `\n`, `\r`, everything from U+0020 up except the
/// surrogates (which a Rust `char` cannot be) and U+FFFE, U+FFFF. The C1
/// controls and DEL are allowed but discouraged; we drop them as well, so the
/// rule is simply "no control characters but tab and newlines".
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || !(c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}')
}

/// `text` without the characters XML 1.0 forbids; escaping is the writer's job.
pub(crate) fn xml_text(text: &str) -> Cow<'_, str> {
    if text.chars().all(is_xml_char) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().filter(|&c| is_xml_char(c)).collect())
    }
}

/// XML 1.0 (fifth edition) `NameStartChar`.
fn is_name_start_char(c: char) -> bool {
    matches!(c,
        ':' | 'A'..='Z' | '_' | 'a'..='z'
        | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{2FF}'
        | '\u{370}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}' | '\u{200C}'..='\u{200D}'
        | '\u{2070}'..='\u{218F}' | '\u{2C00}'..='\u{2FEF}' | '\u{3001}'..='\u{D7FF}'
        | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}' | '\u{10000}'..='\u{EFFFF}')
}

/// XML 1.0 (fifth edition) `NameChar`: what an `xs:NMTOKEN` is made of.
fn is_name_char(c: char) -> bool {
    is_name_start_char(c)
        || matches!(c, '-' | '.' | '0'..='9' | '\u{B7}' | '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
}

/// `id` as an `xs:NMTOKEN`, which GraphML requires for node and edge ids.
///
/// Node ids are `Label:slug`, and slugs are alphanumerics and hyphens, so this
/// is nearly always `id` itself. A character outside `NameChar` (`²`, say),
/// and `_` itself, becomes `_` + lower-case hex code point + `_`, which keeps
/// distinct ids distinct. An empty id becomes `_`.
pub(crate) fn nmtoken(id: &str) -> Cow<'_, str> {
    if !id.is_empty() && id.chars().all(|c| c != '_' && is_name_char(c)) {
        return Cow::Borrowed(id);
    }
    let mut out = String::with_capacity(id.len() + 8);
    for c in id.chars() {
        if c != '_' && is_name_char(c) {
            out.push(c);
        } else {
            write!(out, "_{:x}_", u32::from(c)).expect("writing to a String cannot fail");
        }
    }
    if out.is_empty() {
        out.push('_');
    }
    Cow::Owned(out)
}

/// `text` as one line for a CSV field: each run of line breaks and tabs
/// becomes one space (neo4j-admin rejects multi-line fields by default), other
/// control characters are dropped.
pub(crate) fn csv_field(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut in_break = false;
    for c in text.chars() {
        if matches!(c, '\n' | '\r' | '\t') {
            if !in_break {
                out.push(' ');
            }
            in_break = true;
        } else {
            in_break = false;
            if !c.is_control() {
                out.push(c);
            }
        }
    }
    Cow::Owned(out)
}

/// The elements of a Neo4j array field, joined by its delimiter `;`.
///
/// Each element is a [`csv_field`] with `;` replaced by `,`, so that the
/// import splits the field back into the same elements; elements left empty
/// are dropped (an empty element would import as `""`).
pub(crate) fn csv_array<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for item in items {
        let item = csv_field(item).replace(';', ",");
        if item.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(';');
        }
        out.push_str(&item);
    }
    out
}

/// A float as Rust's shortest round-trip form with a decimal point or
/// exponent (`1.0`, `0.85`, `1e-7`): valid for `xs:double`, Neo4j's `float`
/// and Java's `Double.parseDouble`.
pub(crate) fn float(value: f64) -> String {
    format!("{value:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_text_drops_only_forbidden_characters() {
        assert_eq!(xml_text("a & <b>\t\"c\"\n'd'\r"), "a & <b>\t\"c\"\n'd'\r");
        assert!(matches!(xml_text("plain"), Cow::Borrowed(_)));
        assert_eq!(
            xml_text("bell\u{7}, nul\u{0}, esc\u{1b}, \u{FFFE}\u{FFFF}\u{85}ok"),
            "bell, nul, esc, ok"
        );
        assert_eq!(xml_text("اسحاق ڈار 王毅"), "اسحاق ڈار 王毅");
    }

    #[test]
    fn nmtoken_keeps_slugs_and_encodes_the_rest() {
        assert_eq!(nmtoken("Official:ishaq-dar"), "Official:ishaq-dar");
        assert_eq!(nmtoken("Official:اسحاق-ڈار"), "Official:اسحاق-ڈار");
        assert_eq!(nmtoken("Project:x²"), "Project:x_b2_");
        assert_eq!(nmtoken("a_b"), "a_5f_b");
        assert_eq!(nmtoken("a b"), "a_20_b");
        assert_eq!(nmtoken(""), "_");
        assert_ne!(nmtoken("x_b2_"), nmtoken("x²"));
    }

    #[test]
    fn csv_fields_are_single_lines_without_controls() {
        assert_eq!(csv_field("one\r\ntwo\n\nthree\tfour"), "one two three four");
        assert_eq!(csv_field("bell\u{7}ed"), "belled");
        assert_eq!(csv_field("a, \"b\"; c"), "a, \"b\"; c");
        assert!(matches!(csv_field("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn csv_arrays_protect_their_delimiter() {
        assert_eq!(
            csv_array(["Deputy PM; FM", "line\nbreak", "", "\u{1}"]),
            "Deputy PM, FM;line break"
        );
        assert_eq!(csv_array([]), "");
    }

    #[test]
    fn floats_always_look_like_floats() {
        assert_eq!(float(1.0), "1.0");
        assert_eq!(float(0.85), "0.85");
        assert_eq!(float(3.0), "3.0");
    }
}
