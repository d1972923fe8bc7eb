//! The merged knowledge graph: one node per entity id, one edge per (from, type, to).

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use cpec_model::{Date, Entity, EntityKey, Evidence, Extraction, Label, Relation, Triple};
use petgraph::Direction;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
#[expect(clippy::disallowed_types, reason = "looked up, never iterated")]
use rustc_hash::FxHashMap;

use cpec_spill::{RecordFile, SpillError, TextFile};

use crate::spill::{FullEdges, SpilledEvidence};
use crate::tally::Tallies;

/// A node: what is known of one entity, and in how many articles it appears.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The merged record. Its `name` is the canonical name: when several
    /// names share one id (`Gwadar Port`, `Gwadar port`), the smallest wins
    /// and the others become aliases, whatever the merge order.
    pub entity: Entity,
    /// Number of extractions (articles) that list the entity. An Article node
    /// counts its own extraction; a node known only from triples has 0.
    pub mentions: usize,
    /// Shared with the edges and the index: one copy of each id.
    id: Arc<str>,
}

impl Node {
    fn new(entity: Entity, mentions: usize) -> Node {
        let id = entity.id().into();
        let mut node = Node {
            entity,
            mentions,
            id,
        };
        let name = node.entity.name.clone();
        node.entity.aliases.remove(&name);
        node
    }

    /// The stable id, `Label:slug` ([`EntityKey::id`]).
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn label(&self) -> Label {
        self.entity.label
    }

    /// The canonical name.
    pub fn name(&self) -> &str {
        &self.entity.name
    }

    /// Folds in another record with the same id, order-independently.
    fn absorb(&mut self, other: &Entity, mentions: usize) {
        let mine = &mut self.entity;
        debug_assert_eq!(mine.label, other.label);
        if mine.name == other.name {
            mine.merge(other);
        } else {
            // Same id, different spelling: the smaller name is canonical and
            // every other spelling an alias. Entity::merge wants equal keys.
            let canonical = mine.name.clone().min(other.name.clone());
            let mut other = other.clone();
            let old_name = std::mem::replace(&mut mine.name, canonical.clone());
            mine.aliases.insert(old_name);
            let other_name = std::mem::replace(&mut other.name, canonical);
            other.aliases.insert(other_name);
            mine.merge(&other);
        }
        let name = mine.name.clone();
        mine.aliases.remove(&name);
        self.mentions += mentions;
    }
}

/// An edge: every mention of one (from, relationship type, to) fact.
///
/// For a symmetric type (`MET`) `from` is the smaller id, so `a MET b` and
/// `b MET a` are one edge.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Node id of the start (shared with the node).
    pub from: Arc<str>,
    pub relation: Relation,
    /// Node id of the end (shared with the node).
    pub to: Arc<str>,
    /// Number of distinct mentions: `evidence.len()`.
    pub mentions: usize,
    /// Earliest `date` of the evidence.
    pub first_date: Option<Date>,
    /// Latest `date` of the evidence.
    pub last_date: Option<Date>,
    /// The mentions, sorted by (article, sentence, rule, verb), at most one
    /// per such quadruple: of two mentions with the same quadruple the one with
    /// the higher confidence is kept (then the smaller by span, text, date,
    /// meeting), so the result does not depend on the order they arrived in.
    pub evidence: Vec<Evidence>,
}

impl Edge {
    fn new(from: Arc<str>, relation: Relation, to: Arc<str>) -> Edge {
        Edge {
            from,
            relation,
            to,
            mentions: 0,
            first_date: None,
            last_date: None,
            evidence: Vec::new(),
        }
    }

    /// The edge's confidence: the highest of its evidence (0.0 without evidence).
    pub fn confidence(&self) -> f64 {
        self.primary().map_or(0.0, |evidence| evidence.confidence)
    }

    /// The mention that speaks for the edge where a format has room for one:
    /// the highest confidence, then the earliest (article, sentence).
    pub fn primary(&self) -> Option<&Evidence> {
        self.evidence
            .iter()
            .reduce(|best, next| if outranks(next, best) { next } else { best })
    }

    /// Ids of the articles with a mention, sorted, without repeats.
    pub fn articles(&self) -> BTreeSet<&str> {
        self.evidence
            .iter()
            .map(|evidence| &*evidence.article)
            .collect()
    }

    /// Adds mentions, keeping `evidence` sorted with one mention per identity.
    ///
    /// Each mention goes to its place by binary search, so adding `n`
    /// mentions one at a time costs `O(n log n)` comparisons (plus moves when
    /// they arrive out of order) instead of a sort of everything each time.
    fn absorb(&mut self, evidence: impl IntoIterator<Item = Evidence>) {
        for mention in evidence {
            // Appending in order (one article after another) is the common case.
            let at = match self.evidence.last() {
                Some(last) if evidence_order(last, &mention) == Ordering::Less => {
                    self.evidence.len()
                }
                _ => self
                    .evidence
                    .binary_search_by(|kept| evidence_order(kept, &mention))
                    .unwrap_or_else(|at| at),
            };
            // Sorted by identity, then preference: a kept mention with the same
            // identity before `at` is preferred to this one, one at `at` is not.
            if at > 0 && identity(&self.evidence[at - 1]) == identity(&mention) {
                continue;
            }
            let date = mention.date;
            match self.evidence.get_mut(at) {
                Some(kept) if identity(kept) == identity(&mention) => {
                    let replaced = std::mem::replace(kept, mention).date;
                    if replaced != date {
                        // The dropped mention may have held the first or last date.
                        self.first_date = self.evidence.iter().filter_map(|e| e.date).min();
                        self.last_date = self.evidence.iter().filter_map(|e| e.date).max();
                    }
                }
                _ => {
                    self.evidence.insert(at, mention);
                    self.first_date = extreme(self.first_date, date, Ordering::Less);
                    self.last_date = extreme(self.last_date, date, Ordering::Greater);
                }
            }
        }
        self.mentions = self.evidence.len();
    }
}

/// Whether `next`, later in evidence order, replaces `best` as the primary
/// mention: only a higher confidence does, so the first maximum wins.
pub(crate) fn outranks(next: &Evidence, best: &Evidence) -> bool {
    next.confidence.total_cmp(&best.confidence) == Ordering::Greater
}

/// The earlier (`Less`) or later (`Greater`) of two optional dates, `None` when both are.
pub(crate) fn extreme(kept: Option<Date>, new: Option<Date>, keep: Ordering) -> Option<Date> {
    match (kept, new) {
        (Some(a), Some(b)) => Some(if b.cmp(&a) == keep { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// What makes two pieces of evidence the same mention.
pub(crate) fn identity(evidence: &Evidence) -> (&str, usize, &str, &str) {
    (
        &evidence.article,
        evidence.sentence,
        &evidence.rule,
        &evidence.verb,
    )
}

/// A total order: identity first, then the preferred duplicate first.
pub(crate) fn evidence_order(a: &Evidence, b: &Evidence) -> Ordering {
    identity(a)
        .cmp(&identity(b))
        .then_with(|| b.confidence.total_cmp(&a.confidence))
        .then_with(|| a.span.cmp(&b.span))
        .then_with(|| a.text.cmp(&b.text))
        .then_with(|| a.date.cmp(&b.date))
        .then_with(|| a.meeting.cmp(&b.meeting))
}

/// Key of the edge map: (from id, type, to id).
type EdgeKey = (Arc<str>, Relation, Arc<str>);

/// Entities and the facts between them, merged from any number of extractions.
///
/// Nodes are keyed by their stable id ([`EntityKey::id`]) and edges by
/// (from id, relationship type, to id), so adding the same fact twice adds a
/// mention, not an edge. Every way of combining extractions —
/// [`add_extraction`](Self::add_extraction) one by one, in any order, or
/// [`merge`](Self::merge) of graphs built from any grouping of them — gives
/// the same graph, and iteration is always sorted, so exports are
/// byte-identical.
///
/// Equality compares nodes and edges; the count of rejected triples is
/// bookkeeping and does not take part.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeGraph {
    graph: StableDiGraph<Node, Edge>,
    nodes: BTreeMap<Arc<str>, NodeIndex>,
    edges: BTreeMap<EdgeKey, EdgeIndex>,
    rejected: usize,
    /// Caches for speed, not state: the node of every spelling seen (so an id
    /// is slugged once per spelling, not once per mention) and the edge of
    /// every (from, type, to) by node index (found without allocating).
    /// Hash tables: a million entries deep, a lookup costs one probe
    /// instead of twenty string comparisons.
    #[expect(clippy::disallowed_types, reason = "looked up, never iterated")]
    spellings: FxHashMap<Label, FxHashMap<String, NodeIndex>>,
    #[expect(clippy::disallowed_types, reason = "looked up, never iterated")]
    edge_at: FxHashMap<(NodeIndex, Relation, NodeIndex), EdgeIndex>,
    /// The evidence of a graph built by a [`SpillingGraph`](crate::SpillingGraph)
    /// or a [`TallyingGraph`](crate::TallyingGraph): its edges in memory have
    /// their counts and dates but no evidence.
    kept: Option<Arc<Kept>>,
}

/// Where a finished graph's evidence is when its edges do not hold it.
#[derive(Debug)]
pub(crate) enum Kept {
    /// On disk, every mention or only the flat view of each edge.
    Spilled(SpilledEvidence),
    /// The flat view of each edge in memory, the primary mentions'
    /// sentences on disk.
    Tallied(Tallies, TextFile),
}

impl Kept {
    /// The file of every mention, unless the graph was finished flat.
    pub(crate) fn every_mention(&self) -> Result<&RecordFile, SpillError> {
        match self {
            Kept::Spilled(SpilledEvidence {
                full: Some(file), ..
            }) => Ok(file),
            _ => Err(SpillError::NotKept {
                what: "the mentions of a graph finished flat",
            }),
        }
    }
}

impl KnowledgeGraph {
    pub fn new() -> KnowledgeGraph {
        KnowledgeGraph::default()
    }

    /// Adds one article's extraction: its Article node, every entity (merged
    /// into an existing node with the same id, and counted once per
    /// extraction in [`Node::mentions`]) and every triple ([`add_triple`](Self::add_triple)).
    pub fn add_extraction(&mut self, extraction: &Extraction) {
        self.add_entities(extraction);
        for triple in &extraction.triples {
            self.add_triple(triple);
        }
    }

    /// The entities of [`add_extraction`](Self::add_extraction).
    pub(crate) fn add_entities(&mut self, extraction: &Extraction) {
        let mut counted = BTreeSet::new();
        for entity in std::iter::once(&extraction.article).chain(&extraction.entities) {
            let index = self.merge_entity_at(entity, 0);
            if counted.insert(index) {
                self.graph[index].mentions += 1;
            }
        }
    }

    /// Adds a mention of a fact, creating its end nodes when they are new
    /// (with the key's label and name, and no mentions).
    ///
    /// Returns `false`, and adds nothing, when the ontology does not allow the
    /// relationship type between the two labels ([`Relation::allows`]); such
    /// triples are counted in [`rejected_triples`](Self::rejected_triples).
    /// Extraction is responsible for producing valid triples.
    pub fn add_triple(&mut self, triple: &Triple) -> bool {
        match self.edge_of(triple) {
            Some(index) => {
                self.graph[index].absorb([triple.evidence.clone()]);
                true
            }
            None => false,
        }
    }

    /// The edge of `triple`, created with its end nodes if new; `None`, and
    /// counted as rejected, when the ontology does not allow it.
    pub(crate) fn edge_of(&mut self, triple: &Triple) -> Option<EdgeIndex> {
        debug_assert!(self.kept.is_none(), "a finished graph is read-only");
        let Triple {
            subject,
            relation,
            object,
            ..
        } = triple;
        if !relation.allows(subject.label, object.label) {
            self.rejected += 1;
            return None;
        }
        let from = self.ensure_node(subject);
        let to = self.ensure_node(object);
        let (from, to) = if relation.is_symmetric() && self.graph[to].id < self.graph[from].id {
            (to, from)
        } else {
            (from, to)
        };
        Some(match self.edge_at.get(&(from, *relation, to)) {
            Some(&index) => index,
            None => {
                let (a, b) = (self.graph[from].id.clone(), self.graph[to].id.clone());
                self.edge_index(a, *relation, b)
            }
        })
    }

    pub(crate) fn edge_at_index(&self, index: EdgeIndex) -> &Edge {
        &self.graph[index]
    }

    pub(crate) fn edge_at_index_mut(&mut self, index: EdgeIndex) -> &mut Edge {
        &mut self.graph[index]
    }

    /// The edges' indices, sorted as [`edges`](Self::edges).
    pub(crate) fn edge_indices(&self) -> Vec<EdgeIndex> {
        self.edges.values().copied().collect()
    }

    /// The evidence of a graph finished by a spilling or tallying graph.
    pub(crate) fn kept(&self) -> Option<&Kept> {
        self.kept.as_deref()
    }

    /// Makes this graph read its evidence from `kept`.
    pub(crate) fn seal(&mut self, kept: Kept) {
        self.kept = Some(Arc::new(kept));
    }

    /// Folds `other` into this graph: nodes merged by id (mentions added),
    /// edges by (from, type, to) (evidence united).
    ///
    /// `other` may be spilled ([`SpillingGraph`](crate::SpillingGraph));
    /// this graph keeps the evidence in memory.
    pub fn merge(&mut self, other: &KnowledgeGraph) -> Result<(), SpillError> {
        debug_assert!(self.kept.is_none(), "a finished graph is read-only");
        for node in other.nodes() {
            self.merge_entity(&node.entity, node.mentions);
        }
        for edge in other.edges_in_full()? {
            let edge = edge?;
            self.add_evidence(
                &edge.from,
                edge.relation,
                &edge.to,
                edge.evidence.iter().cloned(),
            );
        }
        self.rejected += other.rejected;
        Ok(())
    }

    /// The nodes, sorted by id.
    pub fn nodes(&self) -> impl ExactSizeIterator<Item = &Node> + '_ {
        self.nodes.values().map(|&index| &self.graph[index])
    }

    /// The edges, sorted by (from, relationship type in ontology order, to).
    ///
    /// The edges of a spilled graph ([`SpillingGraph`](crate::SpillingGraph))
    /// have their counts and dates but no evidence: read them with
    /// [`edges_in_full`](Self::edges_in_full).
    pub fn edges(&self) -> impl ExactSizeIterator<Item = &Edge> + '_ {
        self.edges.values().map(|&index| &self.graph[index])
    }

    /// The edges as [`edges`](Self::edges) gives them, each with all its
    /// evidence, read back from disk for a spilled graph. Failing to read
    /// the evidence file is the last item.
    pub fn edges_in_full(&self) -> Result<FullEdges<'_>, SpillError> {
        let full = match self.kept.as_deref() {
            None => None,
            Some(kept) => Some(kept.every_mention()?),
        };
        FullEdges::new(self, full)
    }

    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.get(id).map(|&index| &self.graph[index])
    }

    /// The edge for this fact; for a symmetric type the ends may come in either order.
    pub fn edge(&self, from: &str, relation: Relation, to: &str) -> Option<&Edge> {
        let (from, to) = oriented(relation, from, to);
        let key = (Arc::from(from), relation, Arc::from(to));
        self.edges.get(&key).map(|&index| &self.graph[index])
    }

    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    pub fn edge_count(&self) -> usize {
        self.edges.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// Number of nodes of each label present.
    pub fn counts_by_label(&self) -> BTreeMap<Label, usize> {
        let mut counts = BTreeMap::new();
        for node in self.nodes() {
            *counts.entry(node.label()).or_insert(0) += 1;
        }
        counts
    }

    /// Number of edges of each relationship type present.
    pub fn counts_by_relation(&self) -> BTreeMap<Relation, usize> {
        let mut counts = BTreeMap::new();
        for edge in self.edges() {
            *counts.entry(edge.relation).or_insert(0) += 1;
        }
        counts
    }

    /// Number of edges at the node, in or out (a loop counts twice); 0 for an unknown id.
    pub fn degree(&self, id: &str) -> usize {
        self.nodes.get(id).map_or(0, |&index| {
            self.graph
                .edges_directed(index, Direction::Outgoing)
                .count()
                + self
                    .graph
                    .edges_directed(index, Direction::Incoming)
                    .count()
        })
    }

    /// Number of triples [`add_triple`](Self::add_triple) refused, here and in merged graphs.
    pub fn rejected_triples(&self) -> usize {
        self.rejected
    }

    /// Merges `entity` into the node with its id, creating it if needed.
    pub(crate) fn merge_entity(&mut self, entity: &Entity, mentions: usize) {
        self.merge_entity_at(entity, mentions);
    }

    fn merge_entity_at(&mut self, entity: &Entity, mentions: usize) -> NodeIndex {
        if let Some(&index) = self.spelling(entity.label, &entity.name) {
            self.graph[index].absorb(entity, mentions);
            return index;
        }
        let id = entity.id();
        let index = match self.nodes.get(id.as_str()) {
            Some(&index) => {
                self.graph[index].absorb(entity, mentions);
                index
            }
            None => {
                let node = Node::new(entity.clone(), mentions);
                let id = node.id.clone();
                let index = self.graph.add_node(node);
                self.nodes.insert(id, index);
                index
            }
        };
        self.spellings
            .entry(entity.label)
            .or_default()
            .insert(entity.name.clone(), index);
        index
    }

    fn spelling(&self, label: Label, name: &str) -> Option<&NodeIndex> {
        self.spellings.get(&label)?.get(name)
    }

    fn ensure_node(&mut self, key: &EntityKey) -> NodeIndex {
        // A spelling seen before is already the node's name or an alias:
        // merging the bare key again would change nothing.
        match self.spelling(key.label, &key.name) {
            Some(&index) => index,
            None => self.merge_entity_at(&Entity::new(key.label, key.name.clone()), 0),
        }
    }

    /// The edge (from, relation, to), created if needed; ends already oriented.
    fn edge_index(&mut self, from: Arc<str>, relation: Relation, to: Arc<str>) -> EdgeIndex {
        let key = (from, relation, to);
        match self.edges.get(&key) {
            Some(&index) => index,
            None => {
                let (a, b) = (self.nodes[&*key.0], self.nodes[&*key.2]);
                let edge = Edge::new(key.0.clone(), relation, key.2.clone());
                let index = self.graph.add_edge(a, b, edge);
                self.edges.insert(key, index);
                self.edge_at.insert((a, relation, b), index);
                index
            }
        }
    }

    /// Adds mentions to the edge (from, relation, to), creating it if needed.
    /// Both nodes must exist.
    pub(crate) fn add_evidence(
        &mut self,
        from: &str,
        relation: Relation,
        to: &str,
        evidence: impl IntoIterator<Item = Evidence>,
    ) {
        debug_assert!(self.kept.is_none(), "a finished graph is read-only");
        let index = self.edge_between(from, relation, to);
        self.graph[index].absorb(evidence);
    }

    /// The edge (from, relation, to), created if needed. Both nodes must exist.
    pub(crate) fn edge_between(&mut self, from: &str, relation: Relation, to: &str) -> EdgeIndex {
        let (from, to) = oriented(relation, from, to);
        let shared = |id: &str| self.nodes.get_key_value(id).map(|(id, _)| id.clone());
        let (from, to) = (shared(from), shared(to));
        let (from, to) = from.zip(to).expect("both nodes exist");
        self.edge_index(from, relation, to)
    }

    /// Counts triples refused by another graph, merged into this one.
    pub(crate) fn count_rejected(&mut self, rejected: usize) {
        self.rejected += rejected;
    }
}

fn oriented<'a>(relation: Relation, from: &'a str, to: &'a str) -> (&'a str, &'a str) {
    if relation.is_symmetric() && to < from {
        (to, from)
    } else {
        (from, to)
    }
}

impl PartialEq for KnowledgeGraph {
    fn eq(&self, other: &KnowledgeGraph) -> bool {
        self.nodes().eq(other.nodes()) && self.edges().eq(other.edges())
    }
}

impl<'a> Extend<&'a Extraction> for KnowledgeGraph {
    fn extend<I: IntoIterator<Item = &'a Extraction>>(&mut self, extractions: I) {
        for extraction in extractions {
            self.add_extraction(extraction);
        }
    }
}

impl<'a> FromIterator<&'a Extraction> for KnowledgeGraph {
    fn from_iter<I: IntoIterator<Item = &'a Extraction>>(extractions: I) -> KnowledgeGraph {
        let mut graph = KnowledgeGraph::new();
        graph.extend(extractions);
        graph
    }
}

#[cfg(test)]
mod tests {
    use cpec_model::Span;

    use super::*;

    fn key(label: Label, name: &str) -> EntityKey {
        EntityKey::new(label, name)
    }

    fn evidence(article: &str, sentence: usize, confidence: f64, date: Option<&str>) -> Evidence {
        Evidence {
            article: article.into(),
            sentence,
            span: Span::new(10 * sentence, 10 * sentence + 9),
            text: format!("Sentence {sentence} of {article}.").into(),
            verb: "agree".into(),
            rule: "commit.agree".into(),
            date: date.map(|date| date.parse().unwrap()),
            meeting: None,
            confidence,
        }
    }

    fn triple(
        subject: EntityKey,
        relation: Relation,
        object: EntityKey,
        evidence: Evidence,
    ) -> Triple {
        Triple {
            subject,
            relation,
            object,
            evidence,
        }
    }

    #[test]
    fn one_edge_per_fact_with_every_mention() {
        let mut graph = KnowledgeGraph::new();
        let pakistan = key(Label::Country, "Pakistan");
        let ml1 = key(Label::Project, "ML-1");
        let later = evidence("b", 2, 0.7, Some("2026-01-05"));
        let earlier = evidence("a", 4, 0.9, Some("2025-02-05"));
        assert!(graph.add_triple(&triple(
            pakistan.clone(),
            Relation::CommittedTo,
            ml1.clone(),
            later.clone()
        )));
        assert!(graph.add_triple(&triple(
            pakistan.clone(),
            Relation::CommittedTo,
            ml1.clone(),
            earlier.clone()
        )));
        assert!(graph.add_triple(&triple(pakistan, Relation::CommittedTo, ml1, later.clone())));

        assert_eq!((graph.node_count(), graph.edge_count()), (2, 1));
        let edge = graph
            .edge("Country:pakistan", Relation::CommittedTo, "Project:ml-1")
            .unwrap();
        assert_eq!(edge.mentions, 2, "the repeated mention is counted once");
        assert_eq!(edge.evidence, [earlier.clone(), later]);
        assert_eq!(edge.first_date, "2025-02-05".parse().ok());
        assert_eq!(edge.last_date, "2026-01-05".parse().ok());
        assert_eq!(edge.confidence(), 0.9);
        assert_eq!(edge.primary(), Some(&earlier));
        assert_eq!(edge.articles().into_iter().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(graph.node("Project:ml-1").unwrap().mentions, 0);
    }

    #[test]
    fn primary_evidence_prefers_confidence_then_position() {
        let mut graph = KnowledgeGraph::new();
        let (dar, meeting) = (
            key(Label::Official, "Ishaq Dar"),
            key(Label::Meeting, "Dialogue"),
        );
        for (article, sentence, confidence) in [("b", 0, 0.8), ("a", 7, 0.8), ("a", 9, 0.6)] {
            let mention = evidence(article, sentence, confidence, None);
            graph.add_triple(&triple(
                dar.clone(),
                Relation::CoChaired,
                meeting.clone(),
                mention,
            ));
        }
        let edge = graph.edges().next().unwrap();
        let primary = edge.primary().unwrap();
        assert_eq!((&*primary.article, primary.sentence), ("a", 7));
        assert_eq!((edge.first_date, edge.last_date), (None, None));
    }

    #[test]
    fn duplicate_mentions_keep_the_most_confident_in_any_order() {
        let weak = evidence("a", 1, 0.5, None);
        let strong = Evidence {
            span: Span::new(0, 1),
            ..evidence("a", 1, 0.9, None)
        };
        let (dar, pakistan) = (
            key(Label::Official, "Ishaq Dar"),
            key(Label::Country, "Pakistan"),
        );
        let mut one = KnowledgeGraph::new();
        one.add_triple(&triple(
            dar.clone(),
            Relation::Represents,
            pakistan.clone(),
            weak.clone(),
        ));
        one.add_triple(&triple(
            dar.clone(),
            Relation::Represents,
            pakistan.clone(),
            strong.clone(),
        ));
        let mut two = KnowledgeGraph::new();
        two.add_triple(&triple(
            dar.clone(),
            Relation::Represents,
            pakistan.clone(),
            strong.clone(),
        ));
        two.add_triple(&triple(dar, Relation::Represents, pakistan, weak));
        assert_eq!(one, two);
        assert_eq!(one.edges().next().unwrap().evidence, [strong]);
    }

    #[test]
    fn symmetric_facts_are_one_edge() {
        let mut graph = KnowledgeGraph::new();
        let (dar, wang) = (
            key(Label::Official, "Ishaq Dar"),
            key(Label::Official, "Wang Yi"),
        );
        graph.add_triple(&triple(
            wang.clone(),
            Relation::Met,
            dar.clone(),
            evidence("a", 1, 0.9, None),
        ));
        graph.add_triple(&triple(
            dar.clone(),
            Relation::Met,
            wang.clone(),
            evidence("a", 2, 0.9, None),
        ));
        // INVITED is directed: two edges.
        graph.add_triple(&triple(
            wang.clone(),
            Relation::Invited,
            dar.clone(),
            evidence("a", 3, 0.9, None),
        ));
        graph.add_triple(&triple(
            dar,
            Relation::Invited,
            wang,
            evidence("a", 4, 0.9, None),
        ));

        let met: Vec<_> = graph
            .edges()
            .filter(|edge| edge.relation == Relation::Met)
            .collect();
        assert_eq!(met.len(), 1);
        assert_eq!(
            (met[0].from.as_ref(), met[0].to.as_ref()),
            ("Official:ishaq-dar", "Official:wang-yi")
        );
        assert_eq!(met[0].mentions, 2);
        assert!(
            graph
                .edge("Official:wang-yi", Relation::Met, "Official:ishaq-dar")
                .is_some()
        );
        assert_eq!(
            graph.counts_by_relation(),
            BTreeMap::from([(Relation::Met, 1), (Relation::Invited, 2)])
        );
        assert_eq!(graph.degree("Official:ishaq-dar"), 3);
        assert_eq!(graph.degree("Official:nobody"), 0);
    }

    #[test]
    fn triples_outside_the_ontology_are_rejected_and_counted() {
        let mut graph = KnowledgeGraph::new();
        let wrong = triple(
            key(Label::Country, "Pakistan"),
            Relation::CoChaired,
            key(Label::Location, "Beijing"),
            evidence("a", 0, 0.9, None),
        );
        assert!(!graph.add_triple(&wrong));
        assert!(graph.is_empty());
        assert_eq!(graph.rejected_triples(), 1);
        let mut other = KnowledgeGraph::new();
        other.merge(&graph).unwrap();
        assert_eq!(other.rejected_triples(), 1);
    }

    #[test]
    fn extraction_adds_article_entities_and_counts_mentions() {
        let mut article = Entity::new(Label::Article, "a");
        article.title = Some("Dar meets Wang".to_string());
        let mut dar = Entity::new(Label::Official, "Ishaq Dar");
        dar.roles.insert("Foreign Minister".to_string());
        dar.add_alias("Dar");
        let extraction = Extraction {
            article,
            sentences: 3,
            entities: vec![dar.clone(), Entity::new(Label::Official, "Wang Yi"), dar],
            triples: vec![triple(
                key(Label::Official, "Ishaq Dar"),
                Relation::Met,
                key(Label::Official, "Wang Yi"),
                evidence("a", 1, 0.9, None),
            )],
            diagnostics: Vec::new(),
        };
        let mut graph = KnowledgeGraph::new();
        graph.add_extraction(&extraction);
        graph.add_extraction(&Extraction {
            article: Entity::new(Label::Article, "b"),
            ..extraction.clone()
        });

        let ids: Vec<_> = graph.nodes().map(Node::id).collect();
        assert_eq!(
            ids,
            [
                "Article:a",
                "Article:b",
                "Official:ishaq-dar",
                "Official:wang-yi"
            ]
        );
        let dar = graph.node("Official:ishaq-dar").unwrap();
        assert_eq!(
            dar.mentions, 2,
            "listed twice in one extraction, counted once"
        );
        assert_eq!(dar.entity.aliases, BTreeSet::from(["Dar".to_string()]));
        assert_eq!(graph.node("Article:a").unwrap().mentions, 1);
        assert_eq!(
            graph.counts_by_label(),
            BTreeMap::from([(Label::Official, 2), (Label::Article, 2)])
        );
        assert_eq!(
            graph.edges().next().unwrap().mentions,
            1,
            "the same sentence twice is one mention"
        );
    }

    #[test]
    fn spellings_of_one_id_merge_in_any_order() {
        let mut upper = Entity::new(Label::Project, "Gwadar Port");
        upper.add_alias("Gwadar port");
        upper.add_alias("the port");
        let lower = Entity::new(Label::Project, "Gwadar port");
        let from_triple = Entity::new(Label::Project, "GWADAR PORT");

        let orders = [
            [&upper, &lower, &from_triple],
            [&from_triple, &lower, &upper],
            [&lower, &upper, &from_triple],
        ];
        let graphs: Vec<KnowledgeGraph> = orders
            .iter()
            .map(|order| {
                let mut graph = KnowledgeGraph::new();
                for entity in order {
                    graph.merge_entity(entity, 1);
                }
                graph
            })
            .collect();
        assert!(graphs.windows(2).all(|pair| pair[0] == pair[1]));
        let node = graphs[0].node("Project:gwadar-port").unwrap();
        assert_eq!(node.name(), "GWADAR PORT");
        let aliases: Vec<_> = node.entity.aliases.iter().map(String::as_str).collect();
        assert_eq!(aliases, ["Gwadar Port", "Gwadar port", "the port"]);
        assert_eq!(node.mentions, 3);
    }

    #[test]
    fn merging_graphs_equals_adding_everything_to_one() {
        let (dar, wang) = (
            key(Label::Official, "Ishaq Dar"),
            key(Label::Official, "Wang Yi"),
        );
        let first = triple(
            dar.clone(),
            Relation::Met,
            wang.clone(),
            evidence("a", 1, 0.9, Some("2026-01-04")),
        );
        let second = triple(
            wang,
            Relation::Met,
            dar,
            evidence("b", 0, 0.6, Some("2025-02-05")),
        );

        let mut whole = KnowledgeGraph::new();
        whole.add_triple(&first);
        whole.add_triple(&second);
        let (mut left, mut right) = (KnowledgeGraph::new(), KnowledgeGraph::new());
        left.add_triple(&first);
        right.add_triple(&second);
        right.merge(&left).unwrap();
        assert_eq!(right, whole);
        let edge = right.edges().next().unwrap();
        assert_eq!(
            (edge.mentions, edge.first_date.unwrap().to_string()),
            (2, "2025-02-05".to_string())
        );
    }
}
