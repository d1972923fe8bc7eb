//! Evidence on disk: a graph whose memory grows with its facts, not its mentions.
//!
//! A [`SpillingGraph`] keeps the nodes and the edges in memory, as a
//! [`KnowledgeGraph`] does, but sends every mention to an external sort
//! (`spillsort`: sorted runs on disk, merged as they are read) keyed by
//! (edge, evidence order). [`SpillingGraph::finish`] merges the runs once,
//! drops repeated mentions as [`KnowledgeGraph`] does, and writes each edge's
//! evidence, in edge order, to one file; the exporters read it back an edge
//! at a time ([`KnowledgeGraph::edges_in_full`]).

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use cpec_model::{Date, Evidence, Extraction, Relation, Span};
use spillsort::{Config, Sorter, key};
use tempfile::NamedTempFile;

use petgraph::stable_graph::EdgeIndex;

use crate::KnowledgeGraph;
use crate::graph::{Edge, identity};

/// Memory the sort may hold before it writes a run.
const SORT_MEMORY: usize = 64 << 20;

/// The evidence file or the sort behind a [`SpillingGraph`] failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SpillError {
    /// Sorting the mentions on disk failed.
    #[error("cannot sort the evidence on disk: {0}")]
    Sort(#[from] spillsort::Error),
    /// Writing or reading the evidence file failed.
    #[error("{}: {error}", path.display())]
    Io { path: PathBuf, error: io::Error },
    /// The evidence file does not hold what was written to it.
    #[error("{}: the evidence file is corrupt", path.display())]
    Corrupt { path: PathBuf },
}

/// A graph being built whose evidence waits on disk, in a folder of the
/// caller's choosing, until [`finish`](Self::finish).
///
/// Adding extractions gives the same graph as
/// [`KnowledgeGraph::add_extraction`], and every export of the finished graph
/// is byte-identical to the export of the graph built in memory.
#[derive(Debug)]
pub struct SpillingGraph {
    graph: KnowledgeGraph,
    sorter: Sorter,
    dir: PathBuf,
    /// Buffers reused for every mention.
    key: Vec<u8>,
    value: Vec<u8>,
}

impl SpillingGraph {
    /// A graph that writes its sort runs and its evidence file in `dir`.
    pub fn new(dir: &Path) -> Result<SpillingGraph, SpillError> {
        SpillingGraph::with_memory(dir, SORT_MEMORY)
    }

    /// As [`new`](Self::new), holding at most `memory` bytes of mentions
    /// before writing a sorted run.
    pub fn with_memory(dir: &Path, memory: usize) -> Result<SpillingGraph, SpillError> {
        let sorter = Sorter::new(Config::default().max_bytes(memory).tmp_dir(dir))?;
        Ok(SpillingGraph {
            graph: KnowledgeGraph::new(),
            sorter,
            dir: dir.to_path_buf(),
            key: Vec::new(),
            value: Vec::new(),
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
            self.value.clear();
            sort_key(&mut self.key, edge, &triple.evidence);
            put_edge_key(&mut self.value, edge);
            put_evidence(&mut self.value, &triple.evidence);
            self.sorter.push(&self.key, &self.value)?;
        }
        Ok(())
    }

    /// The graph: nodes and edges with their counts, no evidence yet.
    pub fn graph(&self) -> &KnowledgeGraph {
        &self.graph
    }

    /// Merges the sorted mentions into the evidence file and returns the
    /// graph, whose exports read it.
    pub fn finish(self) -> Result<KnowledgeGraph, SpillError> {
        let SpillingGraph {
            mut graph,
            sorter,
            dir,
            ..
        } = self;
        let file = tempfile::Builder::new()
            .prefix(".evidence")
            .suffix(".partial")
            .tempfile_in(&dir)
            .map_err(|error| SpillError::Io {
                path: dir.clone(),
                error,
            })?;
        let path = file.path().to_path_buf();
        let io_error = |error| SpillError::Io {
            path: path.clone(),
            error,
        };
        let mut out = BufWriter::new(file.as_file());
        let mut edges = graph.edge_indices().into_iter();
        let mut merged = sorter.finish()?;
        let corrupt = || SpillError::Corrupt { path: path.clone() };
        let mut current: Option<EdgeKey> = None;
        let mut kept: Vec<Evidence> = Vec::new();
        while let Some((_, mut value)) = merged.next_record()? {
            let key = get_edge_key(&mut value).ok_or_else(corrupt)?;
            let evidence = get_evidence(&mut value).ok_or_else(corrupt)?;
            if current.as_ref() != Some(&key) {
                if let Some(done) = current.replace(key) {
                    write_edge(&mut graph, &mut edges, &done, &mut kept, &mut out)
                        .map_err(|error| error.at(&path))?;
                }
            }
            // Sorted by identity, then preference: the first of an identity is kept.
            if kept
                .last()
                .is_none_or(|last| identity(last) != identity(&evidence))
            {
                kept.push(evidence);
            }
        }
        if let Some(done) = current {
            write_edge(&mut graph, &mut edges, &done, &mut kept, &mut out)
                .map_err(|error| error.at(&path))?;
        }
        // Edges without evidence (none when built from triples) have an empty record.
        for _ in edges {
            out.write_all(&0u64.to_le_bytes()).map_err(io_error)?;
        }
        out.flush().map_err(io_error)?;
        drop(out);
        graph.seal(Arc::new(EvidenceFile { file }));
        Ok(graph)
    }
}

/// Key of an edge: (from id, type, to id).
type EdgeKey = (String, Relation, String);

/// Why an edge's evidence could not be written.
enum EdgeWriteError {
    Io(io::Error),
    /// The merged mentions are not in the graph's edge order.
    Order,
}

impl EdgeWriteError {
    fn at(self, path: &Path) -> SpillError {
        let path = path.to_path_buf();
        match self {
            EdgeWriteError::Io(error) => SpillError::Io { path, error },
            EdgeWriteError::Order => SpillError::Corrupt { path },
        }
    }
}

/// Writes the evidence of the edge `key`, after empty lists for any edges
/// before it that had none, and sets its counts and dates.
fn write_edge(
    graph: &mut KnowledgeGraph,
    edges: &mut impl Iterator<Item = EdgeIndex>,
    key: &EdgeKey,
    kept: &mut Vec<Evidence>,
    out: &mut impl Write,
) -> Result<(), EdgeWriteError> {
    loop {
        let index = edges.next().ok_or(EdgeWriteError::Order)?;
        let edge = graph.edge_at_index(index);
        if (&edge.from, edge.relation, &edge.to) != (&key.0, key.1, &key.2) {
            out.write_all(&0u64.to_le_bytes())
                .map_err(EdgeWriteError::Io)?;
            continue;
        }
        let mut record = Vec::new();
        put_u64(&mut record, kept.len() as u64);
        for evidence in kept.iter() {
            put_evidence(&mut record, evidence);
        }
        out.write_all(&(record.len() as u64).to_le_bytes())
            .map_err(EdgeWriteError::Io)?;
        out.write_all(&record).map_err(EdgeWriteError::Io)?;
        graph.edge_at_index_mut(index).summarise(kept);
        kept.clear();
        return Ok(());
    }
}

/// The evidence of a finished [`SpillingGraph`], removed when the last graph
/// reading it is dropped.
#[derive(Debug)]
pub(crate) struct EvidenceFile {
    file: NamedTempFile,
}

/// The edges of a graph in order, each with all its evidence: borrowed from
/// memory, or read back from the evidence file of a spilled graph.
#[derive(Debug)]
pub struct FullEdges<'g> {
    graph: &'g KnowledgeGraph,
    edges: std::vec::IntoIter<EdgeIndex>,
    file: Option<(BufReader<File>, &'g Path)>,
    failed: bool,
}

impl<'g> FullEdges<'g> {
    pub(crate) fn new(
        graph: &'g KnowledgeGraph,
        file: Option<&'g EvidenceFile>,
    ) -> Result<FullEdges<'g>, SpillError> {
        let file = match file {
            Some(evidence) => {
                let path = evidence.file.path();
                let reader = evidence.file.reopen().map_err(|error| SpillError::Io {
                    path: path.to_path_buf(),
                    error,
                })?;
                Some((BufReader::with_capacity(1 << 16, reader), path))
            }
            None => None,
        };
        Ok(FullEdges {
            graph,
            edges: graph.edge_indices().into_iter(),
            file,
            failed: false,
        })
    }

    fn read(&mut self, edge: &'g Edge) -> Result<Cow<'g, Edge>, SpillError> {
        let Some((reader, path)) = &mut self.file else {
            return Ok(Cow::Borrowed(edge));
        };
        let io_error = |error| SpillError::Io {
            path: path.to_path_buf(),
            error,
        };
        let mut length = [0; 8];
        reader.read_exact(&mut length).map_err(io_error)?;
        let mut record = vec![0; u64::from_le_bytes(length) as usize];
        reader.read_exact(&mut record).map_err(io_error)?;
        let corrupt = || SpillError::Corrupt {
            path: path.to_path_buf(),
        };
        let mut full = edge.clone();
        let mut rest = record.as_slice();
        if !rest.is_empty() {
            let count = get_u64(&mut rest).ok_or_else(corrupt)?;
            full.evidence = (0..count)
                .map(|_| get_evidence(&mut rest))
                .collect::<Option<_>>()
                .ok_or_else(corrupt)?;
        }
        Ok(Cow::Owned(full))
    }
}

impl<'g> Iterator for FullEdges<'g> {
    type Item = Result<Cow<'g, Edge>, SpillError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let edge = self.graph.edge_at_index(self.edges.next()?);
        let read = self.read(edge);
        self.failed = read.is_err();
        Some(read)
    }
}

/// Bytes that sort as the edge (from, type, to), then as the evidence order
/// of [`Edge`]: identity (article, sentence, rule, verb), then the preferred
/// duplicate first (higher confidence, then smaller span, text, date, meeting).
fn sort_key(out: &mut Vec<u8>, edge: &Edge, evidence: &Evidence) {
    key::push_str(out, &edge.from);
    key::push_uint(out, relation_number(edge.relation));
    key::push_str(out, &edge.to);
    key::push_str(out, &evidence.article);
    key::push_uint(out, evidence.sentence as u64);
    key::push_str(out, &evidence.rule);
    key::push_str(out, &evidence.verb);
    key::push_float(out, -evidence.confidence);
    key::push_uint(out, evidence.span.start as u64);
    key::push_uint(out, evidence.span.end as u64);
    key::push_str(out, &evidence.text);
    match evidence.date {
        None => key::push_uint(out, 0u8),
        Some(date) => {
            key::push_uint(out, 1u8);
            key::push_int(out, date.year());
            key::push_uint(out, date.month());
            key::push_uint(out, date.day());
        }
    }
    match &evidence.meeting {
        None => key::push_uint(out, 0u8),
        Some(meeting) => {
            key::push_uint(out, 1u8);
            key::push_str(out, meeting);
        }
    }
}

/// The position of `relation` in [`Relation::ALL`], which is its order.
fn relation_number(relation: Relation) -> u8 {
    Relation::ALL
        .iter()
        .position(|&each| each == relation)
        .expect("Relation::ALL lists every relation") as u8
}

fn put_edge_key(out: &mut Vec<u8>, edge: &Edge) {
    put_str(out, &edge.from);
    out.push(relation_number(edge.relation));
    put_str(out, &edge.to);
}

fn get_edge_key(input: &mut &[u8]) -> Option<(String, Relation, String)> {
    let from = get_str(input)?.to_string();
    let (&number, rest) = input.split_first()?;
    *input = rest;
    let relation = *Relation::ALL.get(usize::from(number))?;
    let to = get_str(input)?.to_string();
    Some((from, relation, to))
}

fn put_evidence(out: &mut Vec<u8>, evidence: &Evidence) {
    put_str(out, &evidence.article);
    put_u64(out, evidence.sentence as u64);
    put_u64(out, evidence.span.start as u64);
    put_u64(out, evidence.span.end as u64);
    put_str(out, &evidence.text);
    put_str(out, &evidence.verb);
    put_str(out, &evidence.rule);
    match evidence.date {
        None => out.push(0),
        Some(date) => {
            out.push(1);
            out.extend_from_slice(&date.year().to_le_bytes());
            out.extend_from_slice(&[date.month(), date.day()]);
        }
    }
    match &evidence.meeting {
        None => out.push(0),
        Some(meeting) => {
            out.push(1);
            put_str(out, meeting);
        }
    }
    out.extend_from_slice(&evidence.confidence.to_bits().to_le_bytes());
}

fn get_evidence(input: &mut &[u8]) -> Option<Evidence> {
    let article = get_str(input)?.into();
    let sentence = usize::try_from(get_u64(input)?).ok()?;
    let start = usize::try_from(get_u64(input)?).ok()?;
    let end = usize::try_from(get_u64(input)?).ok()?;
    let text = get_str(input)?.into();
    let verb = get_str(input)?.into();
    let rule = get_str(input)?.into();
    let date = match get_bytes(input, 1)?[0] {
        0 => None,
        _ => {
            let year = i32::from_le_bytes(get_bytes(input, 4)?.try_into().ok()?);
            let [month, day] = get_bytes(input, 2)?.try_into().ok()?;
            Some(Date::new(year, month, day)?)
        }
    };
    let meeting = match get_bytes(input, 1)?[0] {
        0 => None,
        _ => Some(get_str(input)?.into()),
    };
    let confidence = f64::from_bits(u64::from_le_bytes(get_bytes(input, 8)?.try_into().ok()?));
    Some(Evidence {
        article,
        sentence,
        span: Span::new(start, end),
        text,
        verb,
        rule,
        date,
        meeting,
        confidence,
    })
}

fn put_u64(out: &mut Vec<u8>, value: u64) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn put_str(out: &mut Vec<u8>, text: &str) {
    put_u64(out, text.len() as u64);
    out.extend_from_slice(text.as_bytes());
}

fn get_bytes<'a>(input: &mut &'a [u8], n: usize) -> Option<&'a [u8]> {
    if input.len() < n {
        return None;
    }
    let (bytes, rest) = input.split_at(n);
    *input = rest;
    Some(bytes)
}

fn get_u64(input: &mut &[u8]) -> Option<u64> {
    Some(u64::from_le_bytes(get_bytes(input, 8)?.try_into().ok()?))
}

fn get_str<'a>(input: &mut &'a [u8]) -> Option<&'a str> {
    let length = usize::try_from(get_u64(input)?).ok()?;
    std::str::from_utf8(get_bytes(input, length)?).ok()
}
