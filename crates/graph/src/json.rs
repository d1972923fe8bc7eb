//! `graph.json`: the whole graph with every mention, written and read back.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::io::{self, Write};

use cpec_model::{Date, Entity, Evidence, Label, Relation};
use serde::ser::{Error as _, SerializeSeq};
use serde::{Deserialize, Serialize, Serializer};

use cpec_spill::RecordFile;

use crate::{Edge, ExportError, FlatEdge, KnowledgeGraph, ReadError, spill};

#[derive(Deserialize)]
struct GraphRecord {
    nodes: Vec<NodeRecord<'static>>,
    edges: Vec<EdgeRecord<'static>>,
}

/// What [`write_json`] writes: the records are made one at a time while
/// serialising, so writing needs no copy of the graph.
#[derive(Serialize)]
struct GraphOut<'g> {
    nodes: Nodes<'g>,
    edges: Edges<'g>,
}

/// The nodes of a graph, serialised as [`NodeRecord`]s.
struct Nodes<'g>(&'g KnowledgeGraph);

/// The edges of a graph, serialised as [`EdgeRecord`]s.
struct Edges<'g>(&'g KnowledgeGraph);

impl Serialize for Nodes<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(
            self.0
                .nodes()
                .map(|node| node_record(&node.entity, node.id(), node.mentions)),
        )
    }
}

impl Serialize for Edges<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let graph = self.0;
        let mut seq = serializer.serialize_seq(Some(graph.edge_count()))?;
        match graph.kept() {
            None => {
                for edge in graph.edges() {
                    let evidence = Cow::Borrowed(&edge.evidence[..]);
                    seq.serialize_element(&edge_record(edge, edge.confidence(), evidence))?;
                }
            }
            // However many mentions an edge has, they are read and written
            // one at a time.
            Some(kept) => {
                let mentions = RefCell::new(
                    kept.every_mention()
                        .and_then(RecordFile::records)
                        .map_err(S::Error::custom)?,
                );
                let flat = FlatEdge::all(graph).map_err(S::Error::custom)?;
                for (edge, flat) in graph.edges().zip(flat) {
                    let primary = flat.map_err(S::Error::custom)?.primary;
                    let confidence = primary.map_or(0.0, |evidence| evidence.confidence);
                    let evidence = spill::StreamedMentions(&mentions);
                    seq.serialize_element(&edge_record(edge, confidence, evidence))?;
                }
            }
        }
        seq.end()
    }
}

fn edge_record<E>(edge: &Edge, confidence: f64, evidence: E) -> EdgeRecord<'_, E> {
    EdgeRecord {
        source: Cow::Borrowed(&edge.from),
        target: Cow::Borrowed(&edge.to),
        relation: edge.relation,
        mentions: edge.mentions,
        first_date: edge.first_date,
        last_date: edge.last_date,
        confidence,
        evidence,
    }
}

/// A node: borrowed from the graph when written, owned when read.
#[derive(Serialize, Deserialize)]
struct NodeRecord<'a> {
    id: Cow<'a, str>,
    label: Label,
    name: Cow<'a, str>,
    #[serde(default)]
    aliases: Cow<'a, BTreeSet<String>>,
    #[serde(default, skip_serializing_if = "is_empty")]
    roles: Cow<'a, BTreeSet<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    country: Option<Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    start_date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    end_date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ordinal: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kind: Option<Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    path: Option<Cow<'a, str>>,
    #[serde(default)]
    mentions: usize,
}

/// An edge: borrowed from the graph when written, owned when read; its
/// mentions may be streamed from disk when written.
#[derive(Serialize, Deserialize)]
struct EdgeRecord<'a, E = Cow<'a, [Evidence]>> {
    source: Cow<'a, str>,
    target: Cow<'a, str>,
    #[serde(rename = "type")]
    relation: Relation,
    // The four fields below are derived from `evidence`; reading ignores them.
    #[serde(default)]
    mentions: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    first_date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    last_date: Option<Date>,
    #[serde(default)]
    confidence: f64,
    evidence: E,
}

fn is_empty(set: &BTreeSet<String>) -> bool {
    set.is_empty()
}

/// Writes the graph as `graph.json`, the format [`read_json`] reads back.
///
/// ## Wire format
///
/// One JSON object, pretty-printed with two-space indentation, UTF-8, with a
/// final newline:
///
/// ```text
/// {
///   "nodes": [ { "id", "label", "name", "aliases", …, "mentions" } ],
///   "edges": [ { "source", "target", "type", "mentions", "first_date",
///                "last_date", "confidence", "evidence": [ … ] } ]
/// }
/// ```
///
/// Nodes are sorted by `id` (`Label:slug`). Each has `id`, `label` (the
/// ontology label), `name`, `aliases` (an array, possibly empty), then those
/// of `roles` (array), `country`, `start_date`, `end_date`, `ordinal`,
/// `kind`, `date`, `title`, `path` that have a value, then `mentions` (the
/// number of articles listing the entity).
///
/// Edges are sorted by (`source`, `type` in ontology order, `target`); `type`
/// is the relationship type (`COMMITTED_TO`). `mentions` is the length of
/// `evidence`, `first_date`/`last_date` (omitted when no evidence is dated)
/// its earliest and latest `date`, `confidence` its highest. `evidence` holds
/// every mention as the model serialises [`Evidence`]: `article`, `sentence`,
/// `span` (`{"start","end"}`), `evidence` (the sentence text), `verb`,
/// `rule`, then `date` and `meeting` when known, and `confidence`; sorted by
/// (article, sentence, rule, verb).
///
/// Dates are ISO `YYYY-MM-DD` strings. Text is written as is (JSON escapes
/// what it must). A confidence that is not a finite number would be written as
/// `null`, which [`read_json`] rejects.
pub fn write_json<W: Write>(graph: &KnowledgeGraph, out: W) -> Result<(), ExportError> {
    let record = GraphOut {
        nodes: Nodes(graph),
        edges: Edges(graph),
    };
    let mut out = io::BufWriter::new(out);
    serde_json::to_writer_pretty(&mut out, &record)?;
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(())
}

fn node_record<'g>(entity: &'g Entity, id: &'g str, mentions: usize) -> NodeRecord<'g> {
    let borrowed = |value: &'g Option<String>| value.as_deref().map(Cow::Borrowed);
    NodeRecord {
        id: Cow::Borrowed(id),
        label: entity.label,
        name: Cow::Borrowed(&entity.name),
        aliases: Cow::Borrowed(&entity.aliases),
        roles: Cow::Borrowed(&entity.roles),
        country: borrowed(&entity.country),
        start_date: entity.start_date,
        end_date: entity.end_date,
        ordinal: entity.ordinal,
        kind: borrowed(&entity.kind),
        date: entity.date,
        title: borrowed(&entity.title),
        path: borrowed(&entity.path),
        mentions,
    }
}

/// Reads a graph written by [`write_json`], for merging shards.
///
/// The derived edge fields (`mentions`, `first_date`, `last_date`,
/// `confidence`) are recomputed from `evidence`, and may be absent. Nodes with
/// the same id are merged. The graph is checked: every node id must be the id
/// of its label and name, every edge must join listed nodes, be allowed by
/// the ontology and have evidence. `write_json` of the result gives back the
/// same bytes.
pub fn read_json(text: &str) -> Result<KnowledgeGraph, ReadError> {
    let record: GraphRecord = serde_json::from_str(text)?;
    let mut graph = KnowledgeGraph::new();
    for node in record.nodes {
        let owned = |value: Option<Cow<'_, str>>| value.map(Cow::into_owned);
        let entity = Entity {
            label: node.label,
            name: node.name.into_owned(),
            aliases: node.aliases.into_owned(),
            roles: node.roles.into_owned(),
            country: owned(node.country),
            start_date: node.start_date,
            end_date: node.end_date,
            ordinal: node.ordinal,
            kind: owned(node.kind),
            date: node.date,
            title: owned(node.title),
            path: owned(node.path),
        };
        let expected = entity.id();
        if node.id != expected {
            return Err(ReadError::NodeId {
                id: node.id.into_owned(),
                expected,
            });
        }
        graph.merge_entity(&entity, node.mentions);
    }
    for edge in record.edges {
        let (from, to, evidence) = (
            edge.source.into_owned(),
            edge.target.into_owned(),
            edge.evidence.into_owned(),
        );
        let relation = edge.relation;
        let labels = [&from, &to].map(|id| graph.node(id).map(|node| node.label()));
        let (from_label, to_label) = match labels {
            [Some(from_label), Some(to_label)] => (from_label, to_label),
            [None, _] | [_, None] => {
                let missing = if labels[0].is_none() {
                    from.clone()
                } else {
                    to.clone()
                };
                return Err(ReadError::UnknownNode {
                    from,
                    relation,
                    to,
                    missing,
                });
            }
        };
        if !relation.allows(from_label, to_label) {
            return Err(ReadError::NotAllowed { from, relation, to });
        }
        if evidence.is_empty() {
            return Err(ReadError::NoEvidence { from, relation, to });
        }
        graph.add_evidence(&from, relation, &to, evidence);
    }
    Ok(graph)
}

#[cfg(test)]
mod tests {
    use cpec_model::{EntityKey, Span, Triple};

    use super::*;

    fn export(graph: &KnowledgeGraph) -> String {
        let mut out = Vec::new();
        write_json(graph, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn small_graph() -> KnowledgeGraph {
        let mut graph = KnowledgeGraph::new();
        let mut meeting = Entity::new(Label::Meeting, "7th Strategic Dialogue");
        meeting.start_date = "2026-01-04".parse().ok();
        meeting.ordinal = Some(7);
        graph.merge_entity(&meeting, 1);
        graph.add_triple(&Triple {
            subject: EntityKey::new(Label::Official, "Wang Yi"),
            relation: Relation::CoChaired,
            object: meeting.key(),
            evidence: Evidence {
                article: "a".into(),
                sentence: 0,
                span: Span::new(0, 42),
                text: "Wang Yi co-chaired the \"dialogue\".\n".into(),
                verb: "co-chair".into(),
                rule: "chair.subj".into(),
                date: "2026-01-04".parse().ok(),
                meeting: Some(meeting.id().into()),
                confidence: 0.95,
            },
        });
        graph
    }

    #[test]
    fn nodes_list_aliases_always_and_other_attributes_when_set() {
        let json: serde_json::Value = serde_json::from_str(&export(&small_graph())).unwrap();
        let meeting = &json["nodes"][0];
        assert_eq!(meeting["id"], "Meeting:7th-strategic-dialogue");
        assert_eq!(meeting["aliases"], serde_json::json!([]));
        assert_eq!(meeting["start_date"], "2026-01-04");
        assert_eq!(meeting["ordinal"], 7);
        assert!(meeting.get("roles").is_none() && meeting.get("end_date").is_none());
        let edge = &json["edges"][0];
        assert_eq!(edge["type"], "CO_CHAIRED");
        assert_eq!(edge["source"], "Official:wang-yi");
        assert_eq!(edge["confidence"], 0.95);
        assert_eq!(
            edge["evidence"][0]["evidence"],
            "Wang Yi co-chaired the \"dialogue\".\n"
        );
        assert_eq!(
            edge["evidence"][0]["meeting"],
            "Meeting:7th-strategic-dialogue"
        );
    }

    #[test]
    fn reads_back_what_it_writes() {
        let graph = small_graph();
        let text = export(&graph);
        let back = read_json(&text).unwrap();
        assert_eq!(back, graph);
        assert_eq!(export(&back), text);
    }

    #[test]
    fn rejects_inconsistent_graphs() {
        let text = export(&small_graph());
        let wrong_id = text.replace(
            "\"Meeting:7th-strategic-dialogue\",\n      \"label\"",
            "\"Meeting:x\",\n      \"label\"",
        );
        assert!(
            matches!(read_json(&wrong_id), Err(ReadError::NodeId { .. })),
            "{wrong_id}"
        );
        let unknown = text.replace(
            "\"source\": \"Official:wang-yi\"",
            "\"source\": \"Official:li-qiang\"",
        );
        assert!(
            matches!(read_json(&unknown), Err(ReadError::UnknownNode { missing, .. }) if missing == "Official:li-qiang")
        );
        let not_allowed = text.replace("\"CO_CHAIRED\"", "\"MET\"");
        assert!(matches!(
            read_json(&not_allowed),
            Err(ReadError::NotAllowed { .. })
        ));
        let bare = r#"{"nodes": [{"id": "Official:a", "label": "Official", "name": "A"}],
                       "edges": [{"source": "Official:a", "target": "Official:a", "type": "MET", "evidence": []}]}"#;
        assert!(matches!(read_json(bare), Err(ReadError::NoEvidence { .. })));
        assert!(matches!(
            read_json("{\"nodes\": 3}"),
            Err(ReadError::Json(_))
        ));
    }
}
