//! Extractions as JSON lines: the output of a map step and the input of a merge.

use std::io::{self, BufRead, Write};
use std::sync::Arc;

use cpec_model::{Date, Entity, EntityKey, Extraction, Triple};
use serde::{Deserialize, Serialize};

use crate::{ExportError, KnowledgeGraph, ReadError, SpillError, SpillingGraph};

/// The line before an article's triples that carries its nodes.
#[derive(Serialize)]
struct EntitiesOut<'a> {
    article: &'a Entity,
    entities: &'a [Entity],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntitiesIn {
    article: Entity,
    entities: Vec<Entity>,
}

/// Writes one article's extraction as JSON lines: with `entities`, first a
/// line with its Article node and entities, then one line per triple.
///
/// ## Wire format
///
/// UTF-8, one JSON object per line, `\n` after each. A triple line is the
/// format of `triples.jsonl` (`schema/triples.schema.json`): `subject` and
/// `object` (`{"label","name"}`), `relation`, then the evidence fields
/// `article`, `sentence`, `span`, `evidence`, `verb`, `rule`, `date`?,
/// `meeting`?, `confidence`. An entities line is
/// `{"article": {…}, "entities": [{…}, …]}`, each object an entity as in
/// `graph.json`'s nodes without `id` and `mentions`: `label`, `name`, and the
/// properties it has (`aliases`, `roles`, `country`, `start_date`, …).
/// Without the entities lines, [`read_jsonl`] still rebuilds every edge, but
/// nodes carry only their label and name.
pub fn write_extraction_jsonl<W: Write>(
    extraction: &Extraction,
    entities: bool,
    mut out: W,
) -> Result<(), ExportError> {
    if entities {
        let line = EntitiesOut {
            article: &extraction.article,
            entities: &extraction.entities,
        };
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
    }
    write_triples_jsonl(&extraction.triples, out)
}

/// Writes triples as JSON lines, the format of `triples.jsonl` (see
/// [`write_extraction_jsonl`] for the wire format).
///
/// The lines are the ones serde_json writes for a [`Triple`], written by hand:
/// serde_json escapes every key and every string byte by byte, which was most
/// of the cost of a line.
pub fn write_triples_jsonl<W: Write>(triples: &[Triple], mut out: W) -> Result<(), ExportError> {
    let mut line = Vec::new();
    // The triples of one sentence share its text: escape it once, not once
    // per triple.
    let mut escaped_text = Vec::new();
    let mut escaped_of: Option<&Arc<str>> = None;
    for triple in triples {
        let text = &triple.evidence.text;
        if !escaped_of.is_some_and(|last| Arc::ptr_eq(last, text)) {
            escaped_text.clear();
            write_json_str(&mut escaped_text, text);
            escaped_of = Some(text);
        }
        line.clear();
        write_triple_line(&mut line, triple, &escaped_text)?;
        out.write_all(&line)?;
    }
    Ok(())
}

/// One triple's line, `\n` included, with its sentence escaped already: the
/// fields in the order of [`Triple`]'s own serialisation, its evidence flattened.
fn write_triple_line(
    line: &mut Vec<u8>,
    triple: &Triple,
    escaped_text: &[u8],
) -> Result<(), ExportError> {
    let evidence = &triple.evidence;
    line.extend_from_slice(b"{\"subject\":");
    write_entity_key(line, &triple.subject);
    line.extend_from_slice(b",\"relation\":");
    write_json_str(line, triple.relation.as_str());
    line.extend_from_slice(b",\"object\":");
    write_entity_key(line, &triple.object);
    line.extend_from_slice(b",\"article\":");
    write_json_str(line, &evidence.article);
    // Numbers through serde_json: its integers and floats, without the
    // formatting machinery of `write!`.
    line.extend_from_slice(b",\"sentence\":");
    serde_json::to_writer(&mut *line, &evidence.sentence)?;
    line.extend_from_slice(b",\"span\":{\"start\":");
    serde_json::to_writer(&mut *line, &evidence.span.start)?;
    line.extend_from_slice(b",\"end\":");
    serde_json::to_writer(&mut *line, &evidence.span.end)?;
    line.extend_from_slice(b"},\"evidence\":");
    line.extend_from_slice(escaped_text);
    line.extend_from_slice(b",\"verb\":");
    write_json_str(line, &evidence.verb);
    line.extend_from_slice(b",\"rule\":");
    write_json_str(line, &evidence.rule);
    if let Some(date) = evidence.date {
        line.extend_from_slice(b",\"date\":");
        write_date(line, date)?;
    }
    if let Some(meeting) = &evidence.meeting {
        line.extend_from_slice(b",\"meeting\":");
        write_json_str(line, meeting);
    }
    line.extend_from_slice(b",\"confidence\":");
    serde_json::to_writer(&mut *line, &evidence.confidence)?;
    line.extend_from_slice(b"}\n");
    Ok(())
}

/// `"YYYY-MM-DD"`, as [`Date`]'s `Display` writes it (digits and hyphens:
/// nothing to escape); four-digit years without the formatting machinery.
fn write_date(line: &mut Vec<u8>, date: Date) -> io::Result<()> {
    let Ok(year @ 0..=9999) = u32::try_from(date.year()) else {
        return write!(line, "\"{date}\"");
    };
    let digits = |n: u32, width: u32| {
        (0..width)
            .rev()
            .map(move |k| b'0' + (n / 10u32.pow(k) % 10) as u8)
    };
    line.push(b'"');
    line.extend(digits(year, 4));
    line.push(b'-');
    line.extend(digits(date.month().into(), 2));
    line.push(b'-');
    line.extend(digits(date.day().into(), 2));
    line.push(b'"');
    Ok(())
}

/// `{"label":…,"name":…}`.
fn write_entity_key(line: &mut Vec<u8>, key: &EntityKey) {
    line.extend_from_slice(b"{\"label\":");
    write_json_str(line, key.label.as_str());
    line.extend_from_slice(b",\"name\":");
    write_json_str(line, &key.name);
    line.push(b'}');
}

/// Appends `text` as a JSON string escaped as serde_json escapes it: `"` and
/// `\` with a backslash, control characters as `\b`, `\t`, `\n`, `\f`,
/// `\r` or `\u00xx`, every other character as it is.
fn write_json_str(line: &mut Vec<u8>, text: &str) {
    const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";
    let bytes = text.as_bytes();
    line.push(b'"');
    // Bytes from `unescaped` to `i` are copied as they are, in one go.
    let mut unescaped = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time while none needs escaping, as in most text.
        if let Some(&chunk) = bytes[i..].first_chunk::<8>()
            && !needs_escape(u64::from_le_bytes(chunk))
        {
            i += 8;
            continue;
        }
        let byte = bytes[i];
        let escape = match byte {
            b'"' => b'"',
            b'\\' => b'\\',
            0x08 => b'b',
            b'\t' => b't',
            b'\n' => b'n',
            0x0c => b'f',
            b'\r' => b'r',
            0x00..=0x1f => b'u',
            _ => {
                i += 1;
                continue;
            }
        };
        line.extend_from_slice(&bytes[unescaped..i]);
        line.extend_from_slice(&[b'\\', escape]);
        if escape == b'u' {
            line.extend_from_slice(b"00");
            line.push(HEX_DIGITS[usize::from(byte >> 4)]);
            line.push(HEX_DIGITS[usize::from(byte & 0xf)]);
        }
        i += 1;
        unescaped = i;
    }
    line.extend_from_slice(&bytes[unescaped..]);
    line.push(b'"');
}

/// Whether one of the eight bytes of `word` is a control character, `"` or
/// `\`, by the classic tests for a byte below a bound and for a zero byte
/// (after XOR with the byte sought). They never miss one; [`write_json_str`]
/// looks at the bytes themselves before escaping anything.
fn needs_escape(word: u64) -> bool {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    let below = |word: u64, bound: u8| word.wrapping_sub(ONES * u64::from(bound)) & !word & HIGHS;
    let below_space = below(word, 0x20);
    let quote = below(word ^ (ONES * u64::from(b'"')), 1);
    let backslash = below(word ^ (ONES * u64::from(b'\\')), 1);
    below_space | quote | backslash != 0
}

/// Adds JSON lines written by [`write_extraction_jsonl`] (or `triples.jsonl`)
/// to `graph`: an entities line as one extraction's nodes, a triple line with
/// [`KnowledgeGraph::add_triple`]. Blank lines are skipped. Because adding is
/// order-independent, the graph of all the lines of any shards, read in any
/// order, is the graph of one build over every article. Returns the number of
/// triples read.
pub fn read_jsonl<R: BufRead>(input: R, graph: &mut impl GraphSink) -> Result<usize, ReadError> {
    let mut triples = 0;
    for (index, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let malformed = |err: serde_json::Error| ReadError::Malformed {
            format: "JSON lines",
            message: format!("line {}: {err}", index + 1),
        };
        match serde_json::from_str::<Triple>(&line) {
            Ok(triple) => {
                graph.add_triple(&triple)?;
                triples += 1;
            }
            Err(triple_error) => {
                // Not a triple: an entities line, or an error about the triple.
                let EntitiesIn { article, entities } =
                    serde_json::from_str(&line).map_err(|_| malformed(triple_error))?;
                graph.add_extraction(&Extraction {
                    article,
                    sentences: 0,
                    entities,
                    triples: Vec::new(),
                    diagnostics: Vec::new(),
                })?;
            }
        }
    }
    Ok(triples)
}

/// Where [`read_jsonl`] puts what it reads: a [`KnowledgeGraph`], or a
/// [`SpillingGraph`] whose mentions wait on disk.
pub trait GraphSink {
    /// As [`KnowledgeGraph::add_extraction`].
    fn add_extraction(&mut self, extraction: &Extraction) -> Result<(), SpillError>;
    /// As [`KnowledgeGraph::add_triple`].
    fn add_triple(&mut self, triple: &Triple) -> Result<bool, SpillError>;
}

impl GraphSink for KnowledgeGraph {
    fn add_extraction(&mut self, extraction: &Extraction) -> Result<(), SpillError> {
        KnowledgeGraph::add_extraction(self, extraction);
        Ok(())
    }

    fn add_triple(&mut self, triple: &Triple) -> Result<bool, SpillError> {
        Ok(KnowledgeGraph::add_triple(self, triple))
    }
}

impl GraphSink for SpillingGraph {
    fn add_extraction(&mut self, extraction: &Extraction) -> Result<(), SpillError> {
        SpillingGraph::add_extraction(self, extraction)
    }

    fn add_triple(&mut self, triple: &Triple) -> Result<bool, SpillError> {
        SpillingGraph::add_triple(self, triple)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut text = String::new();
        for c in (0u8..0x80).map(char::from).chain(['é', '中', '\u{2028}']) {
            text.push(c);
            text.push_str(" a run of plain text ");
        }
        for start in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            let tail = &text[start..];
            let mut line = Vec::new();
            write_json_str(&mut line, tail);
            assert_eq!(line, serde_json::to_vec(tail).unwrap(), "{tail:?}");
        }
    }

    #[test]
    fn eight_bytes_need_escaping_when_one_of_them_does() {
        let escaped = |b: u8| b < 0x20 || b == b'"' || b == b'\\';
        for byte in 0..=u8::MAX {
            for at in 0..8 {
                for filler in [b'a', b' ', 0x7f, 0xff] {
                    let mut bytes = [filler; 8];
                    bytes[at] = byte;
                    let word = u64::from_le_bytes(bytes);
                    assert_eq!(needs_escape(word), escaped(byte), "{bytes:?}");
                }
            }
        }
    }

    #[test]
    fn dates_are_written_as_displayed() {
        for year in [-12345, -1, 0, 7, 999, 2026, 9999, 10000, 123456] {
            let date = Date::new(year, 3, 9).unwrap();
            let mut line = Vec::new();
            write_date(&mut line, date).unwrap();
            assert_eq!(String::from_utf8(line).unwrap(), format!("\"{date}\""));
        }
    }
}
