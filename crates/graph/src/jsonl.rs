//! Extractions as JSON lines: the output of a map step and the input of a merge.

use std::io::{BufRead, Write};
use std::sync::Arc;

use cpec_model::{Date, Entity, EntityKey, Extraction, Relation, Span, Triple};
use serde::{Deserialize, Serialize};
use serde_json::value::{RawValue, to_raw_value};

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
pub fn write_triples_jsonl<W: Write>(triples: &[Triple], mut out: W) -> Result<(), ExportError> {
    // The triples of one sentence share its text: escape it once, not once
    // per triple (escaping is most of the cost of a line).
    let mut escaped: Option<(&Arc<str>, Box<RawValue>)> = None;
    for triple in triples {
        let text = &triple.evidence.text;
        let evidence = match &escaped {
            Some((last, raw)) if Arc::ptr_eq(last, text) => raw,
            _ => &escaped.insert((text, to_raw_value(&**text)?)).1,
        };
        serde_json::to_writer(&mut out, &TripleLine::of(triple, evidence))?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// A [`Triple`] as it serialises itself, with its sentence escaped already.
#[derive(Serialize)]
struct TripleLine<'a> {
    subject: &'a EntityKey,
    relation: Relation,
    object: &'a EntityKey,
    article: &'a str,
    sentence: usize,
    span: Span,
    evidence: &'a RawValue,
    verb: &'a str,
    rule: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    meeting: Option<&'a str>,
    confidence: f64,
}

impl<'a> TripleLine<'a> {
    fn of(triple: &'a Triple, text: &'a RawValue) -> TripleLine<'a> {
        let evidence = &triple.evidence;
        TripleLine {
            subject: &triple.subject,
            relation: triple.relation,
            object: &triple.object,
            article: &evidence.article,
            sentence: evidence.sentence,
            span: evidence.span,
            evidence: text,
            verb: &evidence.verb,
            rule: &evidence.rule,
            date: evidence.date,
            meeting: evidence.meeting.as_deref(),
            confidence: evidence.confidence,
        }
    }
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
