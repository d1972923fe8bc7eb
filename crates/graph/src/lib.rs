//! Triples to one merged knowledge graph, and the graph to GraphML, GEXF, Neo4j, DOT and JSON.
//!
//! # Brief overview
//!
//! A [`KnowledgeGraph`] collects the [`Extraction`](cpec_model::Extraction)s
//! of any number of articles: [`KnowledgeGraph::add_extraction`] merges each
//! entity into the [`Node`] with its stable id (`Label:slug`) and each triple
//! into the [`Edge`] for its (from, relationship type, to), which keeps every
//! mention as evidence. Graphs built from shards combine with
//! [`KnowledgeGraph::merge`]; the result never depends on the order.
//!
//! The exporters read a graph and write to any [`std::io::Write`]; they never
//! open files, and the same graph always gives the same bytes:
//! [`write_gexf`] (Gephi, with a timeline), [`write_graphml`] (networkx,
//! igraph, Cytoscape), [`write_nodes_csv`], [`write_edges_csv`] and
//! [`write_cypher`] (Neo4j), [`write_dot`] (Graphviz) and [`write_json`],
//! whose output [`read_json`] turns back into a graph.
//!
//! The flat formats carry a [`FlatGraph`]: every node with all its
//! properties, every edge with its counts and its primary mention.
//! [`read_graphml`], [`read_gexf`] and [`read_csv`] give it back, minus only
//! what the format cannot hold (control characters, `;` inside list elements).
//!
//! ```
//! use cpec_graph::{KnowledgeGraph, write_json, read_json};
//! use cpec_model::{EntityKey, Evidence, Label, Relation, Span, Triple};
//!
//! let mention = |sentence: usize| Evidence {
//!     article: "2026-01-04-strategic-dialogue".into(),
//!     sentence,
//!     span: Span::new(0, 60),
//!     text: "Both sides agreed to accelerate the ML-1 railway.".into(),
//!     verb: "agree".into(),
//!     rule: "commit.agree".into(),
//!     date: "2026-01-04".parse().ok(),
//!     meeting: None,
//!     confidence: 0.9,
//! };
//! let pakistan = EntityKey::new(Label::Country, "Pakistan");
//! let ml1 = EntityKey::new(Label::Project, "ML-1 railway");
//!
//! let mut graph = KnowledgeGraph::new();
//! for sentence in [3, 8] {
//!     let triple = Triple {
//!         subject: pakistan.clone(),
//!         relation: Relation::CommittedTo,
//!         object: ml1.clone(),
//!         evidence: mention(sentence),
//!     };
//!     assert!(graph.add_triple(&triple));
//! }
//! assert_eq!((graph.node_count(), graph.edge_count()), (2, 1));
//! let edge = graph.edges().next().unwrap();
//! assert_eq!((edge.from.as_ref(), edge.to.as_ref()), ("Country:pakistan", "Project:ml-1-railway"));
//! assert_eq!(edge.mentions, 2);
//!
//! let mut json = Vec::new();
//! write_json(&graph, &mut json)?;
//! assert_eq!(read_json(std::str::from_utf8(&json)?)?, graph);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod dot;
mod error;
mod fields;
mod flat;
mod gexf;
mod gexf_read;
mod graph;
mod graphml;
mod graphml_read;
mod json;
mod jsonl;
mod neo4j;
mod neo4j_read;
mod spill;
mod tally;
mod text;
mod xml_tree;

pub use cpec_spill::SpillError;
pub use dot::{DotOptions, write_dot};
pub use error::{ExportError, ReadError};
pub use flat::{FlatEdge, FlatGraph, FlatNode};
pub use gexf::write_gexf;
pub use gexf_read::read_gexf;
pub use graph::{Edge, KnowledgeGraph, Node};
pub use graphml::{label_colour, node_size, write_graphml};
pub use graphml_read::read_graphml;
pub use json::{read_json, write_json};
pub use jsonl::{GraphSink, read_jsonl, write_extraction_jsonl, write_triples_jsonl};
pub use neo4j::{EDGE_HEADER, NODE_HEADER, write_cypher, write_edges_csv, write_nodes_csv};
pub use neo4j_read::read_csv;
pub use spill::{FullEdges, SpillingGraph};
pub use tally::{TallyError, TallyingGraph};
