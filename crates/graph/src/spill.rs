//! Evidence on disk: a graph whose memory grows with its facts, not its mentions.
//!
//! A [`SpillingGraph`] keeps the nodes and the edges in memory, as a
//! [`KnowledgeGraph`] does, but sends every mention to a [`Spill`] keyed by
//! (edge, mention). [`SpillingGraph::finish`] merges it once, keeps the
//! preferred of repeated mentions as [`KnowledgeGraph`] does, and writes
//! them a mention at a time, edge after edge, with a second file holding
//! each edge's flat view ([`SpilledEvidence`]). The exporters read them back
//! as they write: [`KnowledgeGraph::edges_in_full`], [`FlatEdge::all`] and
//! `graph.json`, which streams each edge's mentions.

use std::borrow::Cow;
use std::cell::RefCell;
use std::cmp::Ordering;
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use cpec_model::{Date, Evidence, Extraction, Span, Triple};
use cpec_spill::{Decoder, Encoder, RecordFile, RecordWriter, Records, Spill, SpillError, key};
use petgraph::stable_graph::EdgeIndex;
use serde::ser::{Error as _, SerializeSeq};
use serde::{Serialize, Serializer};

use crate::FlatEdge;
use crate::KnowledgeGraph;
use crate::graph::{Edge, Kept, evidence_order, extreme, identity, outranks};

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
        })
    }

    /// Adds one article's extraction, as [`KnowledgeGraph::add_extraction`].
    pub fn add_extraction(&mut self, extraction: &Extraction) -> Result<(), SpillError> {
        self.graph.add_entities(extraction);
        for triple in &extraction.triples {
            self.add_triple(triple)?;
        }
        Ok(())
    }

    /// Adds a mention of a fact, as [`KnowledgeGraph::add_triple`].
    pub fn add_triple(&mut self, triple: &Triple) -> Result<bool, SpillError> {
        match self.graph.edge_of(triple) {
            Some(index) => {
                self.push(index, &triple.evidence)?;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Folds in a graph, as [`KnowledgeGraph::merge`].
    pub fn merge(&mut self, other: &KnowledgeGraph) -> Result<(), SpillError> {
        for node in other.nodes() {
            self.graph.merge_entity(&node.entity, node.mentions);
        }
        for edge in other.edges_in_full()? {
            let edge = edge?;
            let index = self.graph.edge_between(&edge.from, edge.relation, &edge.to);
            for evidence in &edge.evidence {
                self.push(index, evidence)?;
            }
        }
        self.graph.count_rejected(other.rejected_triples());
        Ok(())
    }

    /// Sorts a mention of edge `index` by the edge's ids; the record names
    /// the edge by its index, which the graph keeps until `finish`.
    fn push(&mut self, index: EdgeIndex, evidence: &Evidence) -> Result<(), SpillError> {
        let edge = self.graph.edge_at_index(index);
        self.spill.push_with(|key, value| {
            sort_key(key, edge, evidence);
            put_evidence(value.u64(index.index() as u64), evidence);
        })
    }

    /// Merges the sorted mentions into the evidence file and returns the
    /// graph, whose exports read it.
    pub fn finish(self) -> Result<KnowledgeGraph, SpillError> {
        self.finish_keeping(true)
    }

    /// As [`finish`](Self::finish), keeping only what the flat exports
    /// (GraphML, GEXF, CSV, DOT) read: each edge's counts, dates, primary
    /// mention and articles, not every mention, which saves writing them
    /// all again. `graph.json` and [`KnowledgeGraph::edges_in_full`] of the
    /// result are a [`SpillError::NotKept`].
    pub fn finish_flat(self) -> Result<KnowledgeGraph, SpillError> {
        self.finish_keeping(false)
    }

    fn finish_keeping(self, every_mention: bool) -> Result<KnowledgeGraph, SpillError> {
        let SpillingGraph { mut graph, spill } = self;
        let dir = spill.dir().to_path_buf();
        let mut writer = EdgeWriter::new(&dir, every_mention)?;
        let mut edges = graph.edge_indices().into_iter();
        let mut merged = spill.finish()?;
        let corrupt = || SpillError::Corrupt { path: dir.clone() };
        let mut current: Option<EdgeIndex> = None;
        while let Some((_, value)) = merged.next_record()? {
            let mut fields = Decoder::new(value);
            let index = fields.usize().map(EdgeIndex::new).ok_or_else(corrupt)?;
            let evidence = get_evidence(&mut fields).ok_or_else(corrupt)?;
            if current != Some(index) {
                if let Some(done) = current.replace(index) {
                    writer.end_edge(graph.edge_at_index_mut(done))?;
                }
                // Merged in edge order: the edges before this one have no mentions.
                loop {
                    match edges.next() {
                        Some(next) if next == index => break,
                        Some(_) => writer.empty_edge()?,
                        None => return Err(corrupt()),
                    }
                }
            }
            writer.mention(evidence)?;
        }
        if let Some(done) = current {
            writer.end_edge(graph.edge_at_index_mut(done))?;
        }
        for _ in edges {
            writer.empty_edge()?;
        }
        graph.seal(Kept::Spilled(writer.finish()?));
        Ok(graph)
    }
}

/// The evidence of a finished [`SpillingGraph`], edge after edge in the
/// graph's order.
#[derive(Debug)]
pub(crate) struct SpilledEvidence {
    /// Every mention, one record each, and an empty record after each
    /// edge's; `None` when [`SpillingGraph::finish_flat`] left them out.
    pub(crate) full: Option<RecordFile>,
    /// One record per edge with what the flat formats carry ([`FlatEdge`]):
    /// the primary mention and the articles, read without the rest.
    pub(crate) flat: RecordFile,
}

/// Writes [`SpilledEvidence`] a mention at a time: however many mentions an
/// edge has, only the last one read and the edge's summary are in memory.
struct EdgeWriter {
    full: Option<RecordWriter>,
    flat: RecordWriter,
    record: Encoder,
    /// The last mention read: another of its identity may follow.
    pending: Option<Evidence>,
    /// Of the current edge's mentions written so far.
    mentions: usize,
    first_date: Option<Date>,
    last_date: Option<Date>,
    primary: Option<Evidence>,
    articles: BTreeSet<Arc<str>>,
}

impl EdgeWriter {
    fn new(dir: &Path, every_mention: bool) -> Result<EdgeWriter, SpillError> {
        Ok(EdgeWriter {
            full: every_mention.then(|| RecordFile::create(dir)).transpose()?,
            flat: RecordFile::create(dir)?,
            record: Encoder::new(),
            pending: None,
            mentions: 0,
            first_date: None,
            last_date: None,
            primary: None,
            articles: BTreeSet::new(),
        })
    }

    /// The next mention of the current edge, in key order.
    fn mention(&mut self, evidence: Evidence) -> Result<(), SpillError> {
        // The records of one identity are consecutive: keep the preferred.
        if let Some(pending) = &mut self.pending
            && identity(pending) == identity(&evidence)
        {
            if evidence_order(&evidence, pending) == Ordering::Less {
                *pending = evidence;
            }
            return Ok(());
        }
        match self.pending.replace(evidence) {
            Some(done) => self.write(done),
            None => Ok(()),
        }
    }

    fn write(&mut self, evidence: Evidence) -> Result<(), SpillError> {
        if let Some(full) = &mut self.full {
            put_evidence(self.record.clear(), &evidence);
            full.push(self.record.bytes())?;
        }
        self.mentions += 1;
        self.first_date = extreme(self.first_date, evidence.date, Ordering::Less);
        self.last_date = extreme(self.last_date, evidence.date, Ordering::Greater);
        self.articles.insert(evidence.article.clone());
        if self
            .primary
            .as_ref()
            .is_none_or(|primary| outranks(&evidence, primary))
        {
            self.primary = Some(evidence);
        }
        Ok(())
    }

    /// Ends the current edge's records and sets its counts and dates.
    fn end_edge(&mut self, edge: &mut Edge) -> Result<(), SpillError> {
        if let Some(done) = self.pending.take() {
            self.write(done)?;
        }
        self.end_mentions()?;
        self.record.clear();
        match self.primary.take() {
            None => {
                self.record.u8(0);
            }
            Some(evidence) => put_evidence(self.record.u8(1), &evidence),
        }
        self.record.u64(self.articles.len() as u64);
        for article in std::mem::take(&mut self.articles) {
            self.record.str(&article);
        }
        self.flat.push(self.record.bytes())?;
        edge.mentions = std::mem::take(&mut self.mentions);
        edge.first_date = self.first_date.take();
        edge.last_date = self.last_date.take();
        Ok(())
    }

    /// The records of an edge without mentions.
    fn empty_edge(&mut self) -> Result<(), SpillError> {
        self.end_mentions()?;
        self.flat.push(&[])
    }

    /// The empty record that ends an edge's mentions.
    fn end_mentions(&mut self) -> Result<(), SpillError> {
        match &mut self.full {
            Some(full) => full.push(&[]),
            None => Ok(()),
        }
    }

    fn finish(self) -> Result<SpilledEvidence, SpillError> {
        Ok(SpilledEvidence {
            full: self.full.map(RecordWriter::finish).transpose()?,
            flat: self.flat.finish()?,
        })
    }
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
        let mut full = edge.clone();
        loop {
            match next_mention(records) {
                Ok(Some(evidence)) => full.evidence.push(evidence),
                Ok(None) => return Some(Ok(Cow::Owned(full))),
                Err(error) => {
                    // The first error is the last item.
                    self.edges = Vec::new().into_iter();
                    return Some(Err(error));
                }
            }
        }
    }
}

/// The next mention of the current edge in a spilled graph's file of every
/// mention, `None` at the edge's end.
pub(crate) fn next_mention(records: &mut Records) -> Result<Option<Evidence>, SpillError> {
    match records.next() {
        Some(Ok(record)) if record.is_empty() => Ok(None),
        Some(Ok(record)) => get_evidence(&mut Decoder::new(&record))
            .map(Some)
            .ok_or_else(|| records.corrupt()),
        Some(Err(error)) => Err(error),
        // Every edge's mentions end with an empty record.
        None => Err(records.corrupt()),
    }
}

/// The mentions of the current edge of a spilled graph, serialised as they
/// are read, one at a time.
pub(crate) struct StreamedMentions<'r>(pub(crate) &'r RefCell<Records>);

impl Serialize for StreamedMentions<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut records = self.0.borrow_mut();
        let mut seq = serializer.serialize_seq(None)?;
        while let Some(evidence) = next_mention(&mut records).map_err(S::Error::custom)? {
            seq.serialize_element(&evidence)?;
        }
        seq.end()
    }
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
