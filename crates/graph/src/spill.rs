//! Evidence on disk: a graph whose memory grows with its facts, not its mentions.
//!
//! A [`SpillingGraph`] keeps the nodes and the edges in memory, as a
//! [`KnowledgeGraph`] does, but sends every mention to a [`Spill`] keyed by
//! (edge, mention). [`SpillingGraph::finish`] merges it once, keeps the
//! preferred of repeated mentions as [`KnowledgeGraph`] does, and writes one record per
//! edge, in edge order, holding its evidence; the exporters read them back an
//! edge at a time ([`KnowledgeGraph::edges_in_full`]).

use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use cpec_model::{Date, Evidence, Extraction, Relation, Span};
use cpec_spill::{Decoder, Encoder, RecordFile, RecordWriter, Records, Spill, SpillError, key};
use petgraph::stable_graph::EdgeIndex;

use crate::FlatEdge;
use crate::KnowledgeGraph;
use crate::graph::{Edge, evidence_order, identity, primary};

/// Memory the sort may hold before it writes a run.
const SORT_MEMORY: usize = 32 << 20;

/// A graph being built whose evidence waits on disk, in a folder of the
/// caller's choosing, until [`finish`](Self::finish).
///
/// Adding extractions gives the same graph as
/// [`KnowledgeGraph::add_extraction`], and every export of the finished graph
/// is byte-identical to the export of the graph built in memory.
#[derive(Debug)]
pub struct SpillingGraph {
    graph: KnowledgeGraph,
    spill: Spill,
    dir: PathBuf,
    /// Buffers reused for every mention.
    key: Vec<u8>,
    value: Encoder,
}

impl SpillingGraph {
    /// A graph that writes its sort runs and its evidence file in `dir`.
    pub fn new(dir: &Path) -> Result<SpillingGraph, SpillError> {
        SpillingGraph::with_memory(dir, SORT_MEMORY)
    }

    /// As [`new`](Self::new), holding at most `memory` bytes of mentions
    /// before writing a sorted run.
    pub fn with_memory(dir: &Path, memory: usize) -> Result<SpillingGraph, SpillError> {
        Ok(SpillingGraph {
            graph: KnowledgeGraph::new(),
            spill: Spill::new(dir, memory)?,
            dir: dir.to_path_buf(),
            key: Vec::new(),
            value: Encoder::new(),
        })
    }

    /// Adds one article's extraction, as [`KnowledgeGraph::add_extraction`].
    pub fn add_extraction(&mut self, extraction: &Extraction) -> Result<(), SpillError> {
        self.graph.add_entities(extraction);
        for triple in &extraction.triples {
            let Some(index) = self.graph.edge_of(triple) else {
                continue;
            };
            let edge = self.graph.edge_at_index(index);
            self.key.clear();
            sort_key(&mut self.key, edge, &triple.evidence);
            self.value
                .clear()
                .str(&edge.from)
                .u8(edge.relation.index() as u8)
                .str(&edge.to);
            put_evidence(&mut self.value, &triple.evidence);
            self.spill.push(&self.key, self.value.bytes())?;
        }
        Ok(())
    }

    /// Merges the sorted mentions into the evidence file and returns the
    /// graph, whose exports read it.
    pub fn finish(self) -> Result<KnowledgeGraph, SpillError> {
        let SpillingGraph {
            mut graph,
            spill,
            dir,
            ..
        } = self;
        let mut files = Writers {
            full: RecordFile::create(&dir)?,
            flat: RecordFile::create(&dir)?,
        };
        let mut edges = graph.edge_indices().into_iter();
        let mut merged = spill.finish()?;
        let corrupt = || SpillError::Corrupt { path: dir.clone() };
        let mut current: Option<EdgeKey> = None;
        let mut kept: Vec<Evidence> = Vec::new();
        while let Some((_, value)) = merged.next_record()? {
            let mut fields = Decoder::new(value);
            let key = get_edge_key(&mut fields).ok_or_else(corrupt)?;
            let evidence = get_evidence(&mut fields).ok_or_else(corrupt)?;
            if current.as_ref() != Some(&key)
                && let Some(done) = current.replace(key)
            {
                write_edge(&mut graph, &mut edges, &done, &kept, &mut files)?
                    .ok_or_else(corrupt)?;
                kept.clear();
            }
            // The records of one identity are consecutive: keep the preferred.
            match kept.last_mut() {
                Some(last) if identity(last) == identity(&evidence) => {
                    if evidence_order(&evidence, last) == Ordering::Less {
                        *last = evidence;
                    }
                }
                _ => kept.push(evidence),
            }
        }
        if let Some(done) = current {
            write_edge(&mut graph, &mut edges, &done, &kept, &mut files)?.ok_or_else(corrupt)?;
        }
        // Edges without evidence (none when built from triples) have an empty record.
        for _ in edges {
            files.full.push(&[])?;
            files.flat.push(&[])?;
        }
        graph.seal(Arc::new(SpilledEvidence {
            full: files.full.finish()?,
            flat: files.flat.finish()?,
        }));
        Ok(graph)
    }
}

/// Key of an edge: (from id, type, to id).
type EdgeKey = (String, Relation, String);

/// The evidence of a finished [`SpillingGraph`]: one record per edge, in
/// edge order, in each file.
#[derive(Debug)]
pub(crate) struct SpilledEvidence {
    /// Every mention.
    pub(crate) full: RecordFile,
    /// What the flat formats carry ([`FlatEdge`]): the primary mention and
    /// the articles, read without the rest.
    pub(crate) flat: RecordFile,
}

/// The files of [`SpilledEvidence`] being written.
struct Writers {
    full: RecordWriter,
    flat: RecordWriter,
}

/// Writes the records of the edge `key`, after empty ones for any edges
/// before it that had no evidence, and sets its counts and dates. `None`
/// when the graph has no such edge after the last one written.
fn write_edge(
    graph: &mut KnowledgeGraph,
    edges: &mut impl Iterator<Item = EdgeIndex>,
    key: &EdgeKey,
    kept: &[Evidence],
    files: &mut Writers,
) -> Result<Option<()>, SpillError> {
    for index in edges.by_ref() {
        let edge = graph.edge_at_index(index);
        if (&*edge.from, edge.relation, &*edge.to) != (key.0.as_str(), key.1, key.2.as_str()) {
            files.full.push(&[])?;
            files.flat.push(&[])?;
            continue;
        }
        let mut record = Encoder::new();
        record.u64(kept.len() as u64);
        for evidence in kept {
            put_evidence(&mut record, evidence);
        }
        files.full.push(record.bytes())?;
        record.clear();
        match primary(kept) {
            None => record.u8(0),
            Some(evidence) => {
                record.u8(1);
                put_evidence(&mut record, evidence);
                &mut record
            }
        };
        let articles: BTreeSet<&str> = kept.iter().map(|e| &*e.article).collect();
        record.u64(articles.len() as u64);
        for article in articles {
            record.str(article);
        }
        files.flat.push(record.bytes())?;
        graph.edge_at_index_mut(index).summarise(kept);
        return Ok(Some(()));
    }
    Ok(None)
}

/// The flat view of the edges of a graph spilled as `evidence`, read from
/// its flat records.
pub(crate) fn flat_edges<'g>(
    graph: &'g KnowledgeGraph,
    evidence: &SpilledEvidence,
) -> Result<impl Iterator<Item = Result<FlatEdge, SpillError>> + 'g, SpillError> {
    let mut records = evidence.flat.records()?;
    let mut failed = false;
    let edges = graph.edges();
    Ok(edges.map_while(move |edge| {
        if failed {
            return None;
        }
        let flat = match records.next() {
            Some(Ok(record)) => flat_of(edge, &record).ok_or_else(|| records.corrupt()),
            Some(Err(error)) => Err(error),
            None => Err(records.corrupt()),
        };
        failed = flat.is_err();
        Some(flat)
    }))
}

/// `edge` with the primary mention and the articles of its flat record.
fn flat_of(edge: &Edge, record: &[u8]) -> Option<FlatEdge> {
    let mut flat = FlatEdge::of(edge);
    if !record.is_empty() {
        let mut fields = Decoder::new(record);
        flat.primary = match fields.u8()? {
            0 => None,
            _ => Some(get_evidence(&mut fields)?),
        };
        flat.articles = (0..fields.u64()?)
            .map(|_| fields.str().map(Arc::from))
            .collect::<Option<_>>()?;
    }
    Some(flat)
}

/// The edges of a graph in order, each with all its evidence: borrowed from
/// memory, or read back from the evidence file of a spilled graph.
#[derive(Debug)]
pub struct FullEdges<'g> {
    graph: &'g KnowledgeGraph,
    edges: std::vec::IntoIter<EdgeIndex>,
    records: Option<Records>,
}

impl<'g> FullEdges<'g> {
    pub(crate) fn new(
        graph: &'g KnowledgeGraph,
        file: Option<&'g RecordFile>,
    ) -> Result<FullEdges<'g>, SpillError> {
        Ok(FullEdges {
            graph,
            edges: graph.edge_indices().into_iter(),
            records: file.map(RecordFile::records).transpose()?,
        })
    }
}

impl<'g> Iterator for FullEdges<'g> {
    type Item = Result<Cow<'g, Edge>, SpillError>;

    fn next(&mut self) -> Option<Self::Item> {
        let edge = self.graph.edge_at_index(self.edges.next()?);
        let Some(records) = &mut self.records else {
            return Some(Ok(Cow::Borrowed(edge)));
        };
        let full = match records.next() {
            Some(Ok(record)) => with_evidence(edge, &record).ok_or_else(|| records.corrupt()),
            Some(Err(error)) => Err(error),
            // One record per edge was written.
            None => Err(records.corrupt()),
        };
        if full.is_err() {
            // The first error is the last item.
            self.edges = Vec::new().into_iter();
        }
        Some(full.map(Cow::Owned))
    }
}

/// `edge` with the evidence of its record.
fn with_evidence(edge: &Edge, record: &[u8]) -> Option<Edge> {
    let mut full = edge.clone();
    if !record.is_empty() {
        let mut fields = Decoder::new(record);
        let count = fields.u64()?;
        full.evidence = (0..count)
            .map(|_| get_evidence(&mut fields))
            .collect::<Option<_>>()?;
    }
    Some(full)
}

/// Bytes that sort as the edge (from, type, to), then as the evidence's
/// identity (article, sentence, rule, verb), the order of [`Edge::evidence`].
/// Which of the records of one identity is kept is decided while merging.
fn sort_key(out: &mut Vec<u8>, edge: &Edge, evidence: &Evidence) {
    key::push_str(out, &edge.from);
    key::push_uint(out, edge.relation.index() as u8);
    key::push_str(out, &edge.to);
    key::push_str(out, &evidence.article);
    key::push_uint(out, evidence.sentence as u64);
    key::push_str(out, &evidence.rule);
    key::push_str(out, &evidence.verb);
}

fn get_edge_key(fields: &mut Decoder<'_>) -> Option<EdgeKey> {
    let from = fields.str()?.to_string();
    let relation = Relation::from_index(usize::from(fields.u8()?))?;
    let to = fields.str()?.to_string();
    Some((from, relation, to))
}

fn put_evidence(out: &mut Encoder, evidence: &Evidence) {
    out.str(&evidence.article)
        .u64(evidence.sentence as u64)
        .u64(evidence.span.start as u64)
        .u64(evidence.span.end as u64)
        .str(&evidence.text)
        .str(&evidence.verb)
        .str(&evidence.rule);
    match evidence.date {
        None => out.u8(0),
        Some(date) => out.u8(1).i32(date.year()).u8(date.month()).u8(date.day()),
    };
    out.opt_str(evidence.meeting.as_deref())
        .f64(evidence.confidence);
}

fn get_evidence(fields: &mut Decoder<'_>) -> Option<Evidence> {
    let article = fields.str()?.into();
    let sentence = fields.usize()?;
    let span = Span::new(fields.usize()?, fields.usize()?);
    let text = fields.str()?.into();
    let verb = fields.str()?.into();
    let rule = fields.str()?.into();
    let date = match fields.u8()? {
        0 => None,
        _ => Some(Date::new(fields.i32()?, fields.u8()?, fields.u8()?)?),
    };
    let meeting = fields.opt_str()?.map(Into::into);
    let confidence = fields.f64()?;
    Some(Evidence {
        article,
        sentence,
        span,
        text,
        verb,
        rule,
        date,
        meeting,
        confidence,
    })
}
