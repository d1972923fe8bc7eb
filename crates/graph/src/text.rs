//! Making arbitrary text safe for each output format: XML characters, XML names, CSV fields.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `c` may appear in an XML 1.0 document, as a character or a reference.
///
/// XML 1.0 allows `\t`, `\n`, `\r`, everything from U+0020 up except the
/// surrogates (which a Rust `char` cannot be) and U+FFFE, U+FFFF. The C1
/// controls and DEL are allowed but discouraged; we refuse them as well, so
/// the rule is simply "no control characters but tab and newlines".
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || !(c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}')
}

/// `text` with each character XML 1.0 forbids replaced by a space; escaping
/// is the writer's job.
///
/// A space, not nothing: [`slug`](cpec_model::slug) reads both as a word
/// break, so a cleaned name keeps its node id.
pub(crate) fn xml_text(text: &str) -> Cow<'_, str> {
    // ASCII, the common case, is checked a byte at a time.
    let ascii_ok = |b: u8| matches!(b, b'\t' | b'\n' | b'\r' | b' '..=b'~');
    if text.bytes().all(ascii_ok) || text.chars().all(is_xml_char) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(
            text.chars()
                .map(|c| if is_xml_char(c) { c } else { ' ' })
                .collect(),
        )
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
    // Slugged ids, the common case, are checked a byte at a time.
    let slug_char = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b':');
    if !id.is_empty()
        && (id.bytes().all(slug_char) || id.chars().all(|c| c != '_' && is_name_char(c)))
    {
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

/// The id [`nmtoken`] encoded, or `None` when `token` is not one of its outputs.
pub(crate) fn nmtoken_decode(token: &str) -> Option<String> {
    if token == "_" {
        return Some(String::new());
    }
    let mut out = String::with_capacity(token.len());
    let mut rest = token;
    while let Some(at) = rest.find('_') {
        out.push_str(&rest[..at]);
        let (hex, tail) = rest[at + 1..].split_once('_')?;
        out.push(char::from_u32(u32::from_str_radix(hex, 16).ok()?)?);
        rest = tail;
    }
    out.push_str(rest);
    Some(out)
}

/// `text` as one line for a CSV field: each run of control characters (line
/// breaks and tabs among them) becomes one space. neo4j-admin rejects
/// multi-line fields by default; a space keeps the [`slug`](cpec_model::slug),
/// so a cleaned name keeps its node id.
pub(crate) fn csv_field(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut in_run = false;
    for c in text.chars() {
        if c.is_control() {
            if !in_run {
                out.push(' ');
            }
            in_run = true;
        } else {
            in_run = false;
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The elements of a list field, each cleaned by `clean` with `;` replaced by
/// `,`, so that splitting the joined field at `;` gives them back; elements
/// left empty are dropped (an empty element would import as `""`).
pub(crate) fn list_items<'a>(
    items: impl IntoIterator<Item = &'a str>,
    clean: fn(&str) -> Cow<'_, str>,
) -> Vec<String> {
    items
        .into_iter()
        .map(|item| clean(item).replace(';', ","))
        .filter(|item| !item.is_empty())
        .collect()
}

/// A float as Rust's shortest round-trip form with a decimal point or
/// exponent (`1.0`, `0.85`, `1e-7`): valid for `xs:double`, Neo4j's `float`
/// and Java's `Double.parseDouble`.
pub(crate) fn float(value: f64) -> String {
    format!("{value:?}")
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// The byte-at-a-time checks for ASCII agree with the definitions
        /// by character, on ASCII controls, `_`, `\u{85}`, `\u{FFFE}` and the rest.
        #[test]
        fn ascii_shortcuts_agree_with_the_definitions(
            text in "([\\x00-\\x7f]|[a:.\\-_ \\t\\r\\x01\\x7f]|\\u{85}|\\u{FFFE}|²|é){0,8}"
        ) {
            let cleaned: String = text.chars().map(|c| if is_xml_char(c) { c } else { ' ' }).collect();
            prop_assert_eq!(xml_text(&text), cleaned);
            let kept = !text.is_empty() && text.chars().all(|c| c != '_' && is_name_char(c));
            prop_assert_eq!(matches!(nmtoken(&text), Cow::Borrowed(_)), kept);
        }
    }

    #[test]
    fn xml_text_replaces_only_forbidden_characters() {
        assert_eq!(xml_text("a & <b>\t\"c\"\n'd'\r"), "a & <b>\t\"c\"\n'd'\r");
        assert!(matches!(xml_text("plain"), Cow::Borrowed(_)));
        assert_eq!(
            xml_text("bell\u{7}, nul\u{0}, esc\u{1b}, \u{FFFE}\u{FFFF}\u{85}ok"),
            "bell , nul , esc ,    ok"
        );
        assert_eq!(xml_text("اسحاق ڈار 王毅"), "اسحاق ڈار 王毅");
        assert_eq!(
            cpec_model::slug(&xml_text("ab\u{1}cd")),
            cpec_model::slug("ab\u{1}cd")
        );
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
    fn nmtokens_decode_to_the_id() {
        for id in [
            "Official:ishaq-dar",
            "Project:x²",
            "a_b",
            "a b",
            "",
            "_",
            "x_b2_",
        ] {
            assert_eq!(nmtoken_decode(&nmtoken(id)).as_deref(), Some(id), "{id}");
        }
        assert_eq!(nmtoken_decode("a_zz_"), None);
        assert_eq!(nmtoken_decode("a_5f"), None);
    }

    #[test]
    fn csv_fields_are_single_lines_without_controls() {
        assert_eq!(csv_field("one\r\ntwo\n\nthree\tfour"), "one two three four");
        assert_eq!(csv_field("bell\u{7}ed\n\u{1}x"), "bell ed x");
        assert_eq!(csv_field("a, \"b\"; c"), "a, \"b\"; c");
        assert!(matches!(csv_field("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn list_items_protect_their_delimiter() {
        assert_eq!(
            list_items(["Deputy PM; FM", "line\nbreak", "", "\u{1}"], csv_field),
            ["Deputy PM, FM", "line break", " "]
        );
        assert!(list_items([], xml_text).is_empty());
    }

    #[test]
    fn floats_always_look_like_floats() {
        assert_eq!(float(1.0), "1.0");
        assert_eq!(float(0.85), "0.85");
        assert_eq!(float(3.0), "3.0");
    }
}
