//! Text for the reports: one-line fields and CSV records.

use std::io::{self, Write};

use cpec_model::Date;

/// An ISO day, or an empty field.
pub(crate) fn iso(date: Option<Date>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

/// `text` on one line: each run of whitespace and control characters becomes one space.
pub(crate) fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.trim().chars() {
        if c.is_whitespace() || c.is_control() {
            gap = true;
            continue;
        }
        if gap {
            out.push(' ');
            gap = false;
        }
        out.push(c);
    }
    out
}

/// A list in one field: elements joined by `;` (neo4j-admin's array
/// delimiter), a `;` inside an element written as `,`.
pub(crate) fn list<I: IntoIterator<Item = S>, S: AsRef<str>>(items: I) -> String {
    items
        .into_iter()
        .map(|s| s.as_ref().replace(';', ","))
        .collect::<Vec<_>>()
        .join(";")
}

/// Writes one CSV record: fields made one line, `,` between them, `\n`
/// after; a field holding `,` or `"` is quoted with `"`, its `"` doubled.
pub(crate) fn write_record<W: Write + ?Sized>(out: &mut W, fields: &[&str]) -> io::Result<()> {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        let field = one_line(field);
        if field.contains([',', '"']) {
            write!(out, "\"{}\"", field.replace('"', "\"\""))?;
        } else {
            out.write_all(field.as_bytes())?;
        }
    }
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_are_one_line_and_quoted_only_when_needed() {
        let mut out = Vec::new();
        write_record(&mut out, &["a", "b, c", "say \"x\"\n\tnow", ""]).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a,\"b, c\",\"say \"\"x\"\" now\",\n"
        );
        assert_eq!(list(["a;b", "c"]), "a,b;c");
    }
}
