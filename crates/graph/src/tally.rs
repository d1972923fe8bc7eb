//! Edges tallied as they are built: what the flat exports read, with no
//! mention kept.
//!
//! GraphML, GEXF, the Neo4j CSV and DOT give each edge its counts, dates,
//! primary mention and articles, never its mentions one by one. A
//! [`TallyingGraph`] keeps just that for each edge, so a graph built for
//! them needs no sort on disk. Each count is exact because every article's
//! mentions arrive in one extraction: repeated mentions are found within it,
//! and an article added twice is refused ([`TallyError::RepeatedArticle`]).
//! A gigabyte of articles makes over a million edges, so a tally is small:
//! the primary mention's sentence waits on disk ([`TextFile`]), its words
//! are numbers, and the articles are deltas of a byte or so.

use std::cmp::Ordering;
use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use cpec_model::{Date, Evidence, Extraction, Span};
use cpec_spill::{SpillError, TextFile, TextPlace, TextReader, TextWriter};
use petgraph::stable_graph::EdgeIndex;
#[expect(clippy::disallowed_types, reason = "looked up, never iterated")]
use rustc_hash::FxHashMap;

use crate::graph::{Kept, evidence_order, extreme, identity};
use crate::{FlatEdge, KnowledgeGraph};

/// Why a [`TallyingGraph`] could not add an extraction.
#[derive(Debug, thiserror::Error)]
pub enum TallyError {
    #[error("article `{0}` was added before: a tallied graph counts each article's mentions once")]
    RepeatedArticle(String),
    #[error(transparent)]
    Spill(#[from] SpillError),
}

/// A graph being built for the flat exports (GraphML, GEXF, CSV, DOT):
/// nodes and edges as [`KnowledgeGraph`] has them, and of each edge's
/// mentions only the tally the flat formats print.
///
/// Every article's mentions must come in one extraction, as they do from
/// the extractor. Then each flat export of the finished graph is
/// byte-identical to that of the graph built in memory; `graph.json` and
/// [`KnowledgeGraph::edges_in_full`] are a [`SpillError::NotKept`].
#[derive(Debug)]
pub struct TallyingGraph {
    graph: KnowledgeGraph,
    tallies: Tallies,
    /// The primary mentions' sentences.
    texts: TextWriter,
}

/// The flat view of each edge beyond the edge itself: its primary mention
/// (whose sentence is in a [`TextFile`]) and its articles.
#[derive(Debug, Default)]
pub(crate) struct Tallies {
    /// By edge index, in chunks of [`CHUNK`]: no vector twice the size
    /// it needs.
    chunks: Vec<Vec<Tally>>,
    articles: Names,
    /// Verbs, rules and meetings.
    words: Names,
}

const CHUNK: usize = 4096;

#[derive(Debug, Default)]
struct Tally {
    primary: Option<Box<Primary>>,
    articles: Ordinals,
}

/// An [`Evidence`] with its sentence on disk and its words by number.
#[derive(Debug)]
struct Primary {
    article: u32,
    sentence: usize,
    span: Span,
    text: TextPlace,
    verb: u32,
    rule: u32,
    date: Option<Date>,
    meeting: Option<u32>,
    confidence: f64,
}

/// Strings numbered in the order first seen.
#[derive(Debug, Default)]
struct Names {
    names: Vec<Arc<str>>,
    #[expect(clippy::disallowed_types, reason = "looked up, never iterated")]
    numbers: FxHashMap<Arc<str>, u32>,
}

impl Names {
    fn number(&mut self, name: &Arc<str>) -> u32 {
        if let Some(&number) = self.numbers.get(name) {
            return number;
        }
        let number = u32::try_from(self.names.len()).expect("under 2^32 names");
        self.numbers.insert(name.clone(), number);
        self.names.push(name.clone());
        number
    }

    fn name(&self, number: u32) -> &Arc<str> {
        &self.names[number as usize]
    }
}

/// Article numbers in increasing order, each once, as LEB128 deltas: most
/// take a byte, where a `u32` takes four.
#[derive(Debug, Default)]
struct Ordinals {
    bytes: Vec<u8>,
    last: Option<u32>,
}

impl Ordinals {
    /// Adds `ordinal`, which is no smaller than the last one added.
    fn push(&mut self, ordinal: u32) {
        let mut delta = match self.last {
            Some(last) if last == ordinal => return,
            Some(last) => ordinal - last,
            None => ordinal,
        };
        self.last = Some(ordinal);
        while delta >= 0x80 {
            self.bytes.push(delta as u8 | 0x80);
            delta >>= 7;
        }
        self.bytes.push(delta as u8);
    }

    fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        let mut bytes = self.bytes.iter();
        let mut previous = 0u32;
        std::iter::from_fn(move || {
            let (mut delta, mut shift) = (0u32, 0);
            loop {
                let byte = *bytes.next()?;
                delta |= u32::from(byte & 0x7f) << shift;
                shift += 7;
                if byte < 0x80 {
                    break;
                }
            }
            previous += delta;
            Some(previous)
        })
    }
}

impl TallyingGraph {
    /// A graph that keeps its primary mentions' sentences in a file in `dir`.
    pub fn new(dir: &Path) -> Result<TallyingGraph, SpillError> {
        Ok(TallyingGraph {
            graph: KnowledgeGraph::new(),
            tallies: Tallies::default(),
            texts: TextFile::create(dir)?,
        })
    }

    /// Adds one article's extraction, as [`KnowledgeGraph::add_extraction`];
    /// refused, with nothing added, when it has mentions of an article
    /// added before.
    pub fn add_extraction(&mut self, extraction: &Extraction) -> Result<(), TallyError> {
        let articles: BTreeSet<&Arc<str>> = extraction
            .triples
            .iter()
            .map(|triple| &triple.evidence.article)
            .collect();
        let known = &self.tallies.articles.numbers;
        if let Some(seen) = articles.iter().find(|id| known.contains_key(**id)) {
            return Err(TallyError::RepeatedArticle(seen.to_string()));
        }
        // Numbered in id order, after every article before: an edge's
        // articles arrive in increasing order.
        for id in articles {
            self.tallies.articles.number(id);
        }
        self.graph.add_entities(extraction);
        let mut mentions: Vec<(EdgeIndex, &Evidence)> = extraction
            .triples
            .iter()
            .filter_map(|triple| Some((self.graph.edge_of(triple)?, &triple.evidence)))
            .collect();
        // Each edge's mentions together, in the order a graph keeps them:
        // the first of each identity is the one kept.
        mentions.sort_by(|(a, x), (b, y)| a.cmp(b).then_with(|| evidence_order(x, y)));
        mentions.dedup_by(|(b, y), (a, x)| a == b && identity(x) == identity(y));
        // The sentences of this extraction already on disk, by the address
        // of their shared text.
        let mut written: BTreeMap<*const u8, TextPlace> = BTreeMap::new();
        for (index, evidence) in mentions {
            self.tally(index, evidence, &mut written)?;
        }
        Ok(())
    }

    /// Counts a kept mention of edge `index`: it is the only one of its
    /// identity, in this extraction as in the graph.
    fn tally(
        &mut self,
        index: EdgeIndex,
        evidence: &Evidence,
        written: &mut BTreeMap<*const u8, TextPlace>,
    ) -> Result<(), SpillError> {
        let edge = self.graph.edge_at_index_mut(index);
        edge.mentions += 1;
        edge.first_date = extreme(edge.first_date, evidence.date, Ordering::Less);
        edge.last_date = extreme(edge.last_date, evidence.date, Ordering::Greater);
        let tallies = &mut self.tallies;
        let article = tallies.articles.numbers[&evidence.article];
        let (chunk, slot) = (index.index() / CHUNK, index.index() % CHUNK);
        while tallies.chunks.len() <= chunk {
            let mut new = Vec::with_capacity(CHUNK);
            new.resize_with(CHUNK, Tally::default);
            tallies.chunks.push(new);
        }
        tallies.chunks[chunk][slot].articles.push(article);
        let primary = tallies.chunks[chunk][slot].primary.as_deref();
        if primary.is_some_and(|primary| !tallies.speaks_before(evidence, primary)) {
            return Ok(());
        }
        let text = match written.entry(evidence.text.as_ptr()) {
            Entry::Occupied(place) => *place.get(),
            Entry::Vacant(entry) => *entry.insert(self.texts.push(&evidence.text)?),
        };
        let words = &mut tallies.words;
        tallies.chunks[chunk][slot].primary = Some(Box::new(Primary {
            article,
            sentence: evidence.sentence,
            span: evidence.span,
            text,
            verb: words.number(&evidence.verb),
            rule: words.number(&evidence.rule),
            date: evidence.date,
            meeting: evidence
                .meeting
                .as_ref()
                .map(|meeting| words.number(meeting)),
            confidence: evidence.confidence,
        }));
        Ok(())
    }

    /// The graph, whose flat exports read the tallies.
    pub fn finish(self) -> Result<KnowledgeGraph, SpillError> {
        let TallyingGraph {
            mut graph,
            tallies,
            texts,
        } = self;
        graph.seal(Kept::Tallied(tallies, texts.finish()?));
        Ok(graph)
    }
}

impl Tallies {
    /// Whether `next` is the primary mention rather than `best`, two kept
    /// mentions of one edge, as [`Edge::primary`](crate::Edge::primary)
    /// chooses: the most confident, then the first in evidence order. Two
    /// kept mentions differ in identity, so that decides.
    fn speaks_before(&self, next: &Evidence, best: &Primary) -> bool {
        let best_identity = (
            &**self.articles.name(best.article),
            best.sentence,
            &**self.words.name(best.rule),
            &**self.words.name(best.verb),
        );
        match next.confidence.total_cmp(&best.confidence) {
            Ordering::Greater => true,
            Ordering::Less => false,
            Ordering::Equal => identity(next) < best_identity,
        }
    }

    /// The flat view of each edge of `graph`, in order, with the sentences
    /// of the primary mentions read from `texts`.
    pub(crate) fn flat_edges<'g>(
        &'g self,
        graph: &'g KnowledgeGraph,
        texts: &TextFile,
    ) -> Result<impl Iterator<Item = Result<FlatEdge, SpillError>> + 'g, SpillError> {
        let mut texts = texts.reader()?;
        Ok(graph.edge_indices().into_iter().map(move |index| {
            let mut flat = FlatEdge::of(graph.edge_at_index(index));
            let (chunk, slot) = (index.index() / CHUNK, index.index() % CHUNK);
            if let Some(tally) = self.chunks.get(chunk).map(|chunk| &chunk[slot]) {
                flat.primary = match tally.primary.as_deref() {
                    Some(primary) => Some(self.evidence(primary, &mut texts)?),
                    None => None,
                };
                flat.articles = tally
                    .articles
                    .iter()
                    .map(|ordinal| self.articles.name(ordinal).clone())
                    .collect();
            }
            Ok(flat)
        }))
    }

    fn evidence(&self, primary: &Primary, texts: &mut TextReader) -> Result<Evidence, SpillError> {
        Ok(Evidence {
            article: self.articles.name(primary.article).clone(),
            sentence: primary.sentence,
            span: primary.span,
            text: texts.read(primary.text)?.into(),
            verb: self.words.name(primary.verb).clone(),
            rule: self.words.name(primary.rule).clone(),
            date: primary.date,
            meeting: primary
                .meeting
                .map(|meeting| self.words.name(meeting).clone()),
            confidence: primary.confidence,
        })
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn ordinals_read_back_increasing_each_once(
            mut ordinals in proptest::collection::vec(any::<u32>(), 0..64)
        ) {
            ordinals.sort_unstable();
            let mut kept = Ordinals::default();
            for &ordinal in &ordinals {
                kept.push(ordinal);
            }
            ordinals.dedup();
            prop_assert_eq!(kept.iter().collect::<Vec<_>>(), ordinals);
        }
    }
}
