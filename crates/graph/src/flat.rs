//! The flat view of a graph that GraphML, GEXF, CSV and DOT carry: one record per node and per edge.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use cpec_model::{Date, Entity, Evidence, Relation};

use crate::graph::Kept;
use crate::{Edge, KnowledgeGraph, Node, ReadError, SpillError, spill};

/// The flat edges of a graph, made one at a time from memory or from disk.
pub(crate) type FlatEdges<'g> = Box<dyn Iterator<Item = Result<FlatEdge, SpillError>> + 'g>;

/// A graph as the flat formats carry it: every node with all its properties,
/// every edge with its counts and its primary mention only.
///
/// [`write_graphml`](crate::write_graphml), [`write_gexf`](crate::write_gexf)
/// and the Neo4j CSV writers export this view of a [`KnowledgeGraph`];
/// [`read_graphml`](crate::read_graphml), [`read_gexf`](crate::read_gexf) and
/// [`read_csv`](crate::read_csv) give it back. Only `graph.json` keeps every
/// mention.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FlatGraph {
    /// Sorted by id.
    pub nodes: Vec<FlatNode>,
    /// Sorted by (from, relationship type, to).
    pub edges: Vec<FlatEdge>,
}

/// A node of a [`FlatGraph`].
#[derive(Debug, Clone, PartialEq)]
pub struct FlatNode {
    /// The stable id, `Label:slug`.
    pub id: String,
    pub entity: Entity,
    /// [`Node::mentions`].
    pub mentions: usize,
}

/// An edge of a [`FlatGraph`]: [`Edge`] with its primary mention in place of all of them.
#[derive(Debug, Clone, PartialEq)]
pub struct FlatEdge {
    pub from: String,
    pub relation: Relation,
    pub to: String,
    /// Number of mentions.
    pub mentions: usize,
    pub first_date: Option<Date>,
    pub last_date: Option<Date>,
    /// [`Edge::primary`]; its confidence is the edge's.
    pub primary: Option<Evidence>,
    /// Ids of the articles with a mention (shared with the evidence).
    pub articles: BTreeSet<Arc<str>>,
}

impl FlatGraph {
    /// The flat view of `graph`. The writers take it a record at a time
    /// (`FlatNode::all`, `FlatEdge::all`) instead: no copy of the graph.
    pub fn of(graph: &KnowledgeGraph) -> Result<FlatGraph, SpillError> {
        Ok(FlatGraph {
            nodes: FlatNode::all(graph).collect(),
            edges: FlatEdge::all(graph)?.collect::<Result<_, _>>()?,
        })
    }

    /// The graph as read from a file, checked as [`read_json`](crate::read_json)
    /// checks: every node id is the id of its label and name, every edge joins
    /// listed nodes and is allowed by the ontology. Sorts nodes and edges.
    pub(crate) fn checked(mut self) -> Result<FlatGraph, ReadError> {
        self.nodes.sort_by(|a, b| a.id.cmp(&b.id));
        self.edges
            .sort_by(|a, b| (&a.from, a.relation, &a.to).cmp(&(&b.from, b.relation, &b.to)));
        for node in &self.nodes {
            let expected = node.entity.id();
            if node.id != expected {
                return Err(ReadError::NodeId {
                    id: node.id.clone(),
                    expected,
                });
            }
        }
        let label = |id: &str| {
            self.nodes
                .binary_search_by(|node| node.id.as_str().cmp(id))
                .ok()
                .map(|at| self.nodes[at].entity.label)
        };
        for edge in &self.edges {
            let (from, relation, to) = (edge.from.clone(), edge.relation, edge.to.clone());
            match (label(&edge.from), label(&edge.to)) {
                (Some(a), Some(b)) if relation.allows(a, b) => {}
                (Some(_), Some(_)) => return Err(ReadError::NotAllowed { from, relation, to }),
                (None, _) => {
                    let missing = from.clone();
                    return Err(ReadError::UnknownNode {
                        from,
                        relation,
                        to,
                        missing,
                    });
                }
                (_, None) => {
                    let missing = to.clone();
                    return Err(ReadError::UnknownNode {
                        from,
                        relation,
                        to,
                        missing,
                    });
                }
            }
        }
        Ok(self)
    }
}

/// Number of edges at each node of `graph`, in or out (a loop counts twice).
pub(crate) fn degrees(graph: &KnowledgeGraph) -> BTreeMap<&str, usize> {
    let mut degrees = BTreeMap::new();
    for edge in graph.edges() {
        for end in [&edge.from, &edge.to] {
            *degrees.entry(&**end).or_insert(0) += 1;
        }
    }
    degrees
}

impl FlatNode {
    /// The nodes of `graph`, sorted by id, made one at a time.
    pub(crate) fn all(graph: &KnowledgeGraph) -> impl Iterator<Item = FlatNode> + '_ {
        graph.nodes().map(FlatNode::of)
    }

    fn of(node: &Node) -> FlatNode {
        FlatNode {
            id: node.id().to_string(),
            entity: node.entity.clone(),
            mentions: node.mentions,
        }
    }
}

impl FlatEdge {
    /// The edges of `graph`, sorted by (from, type, to), made one at a time
    /// (a spilled graph's evidence is read back as they are made).
    pub(crate) fn all(graph: &KnowledgeGraph) -> Result<FlatEdges<'_>, SpillError> {
        Ok(match graph.kept() {
            Some(Kept::Spilled(evidence)) => Box::new(spill::flat_edges(graph, evidence)?),
            Some(Kept::Tallied(tallies, texts)) => Box::new(tallies.flat_edges(graph, texts)?),
            None => Box::new(graph.edges().map(|edge| Ok(FlatEdge::of(edge)))),
        })
    }

    /// The flat view of `edge` and its evidence in memory.
    pub(crate) fn of(edge: &Edge) -> FlatEdge {
        FlatEdge {
            from: edge.from.to_string(),
            relation: edge.relation,
            to: edge.to.to_string(),
            mentions: edge.mentions,
            first_date: edge.first_date,
            last_date: edge.last_date,
            primary: edge.primary().cloned(),
            articles: edge.evidence.iter().map(|e| e.article.clone()).collect(),
        }
    }
}
