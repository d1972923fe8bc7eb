//! `graph.json`: the whole graph with every mention, written and read back.

use std::collections::BTreeSet;
use std::io::{self, Write};

use cpec_model::{Date, Entity, Evidence, Label, Relation};
use serde::{Deserialize, Serialize};

use crate::{ExportError, KnowledgeGraph, ReadError};

#[derive(Serialize, Deserialize)]
struct GraphRecord {
    nodes: Vec<NodeRecord>,
    edges: Vec<EdgeRecord>,
}

#[derive(Serialize, Deserialize)]
struct NodeRecord {
    id: String,
    label: Label,
    name: String,
    #[serde(default)]
    aliases: BTreeSet<String>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    roles: BTreeSet<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    start_date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    end_date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ordinal: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    path: Option<String>,
    #[serde(default)]
    mentions: usize,
}

#[derive(Serialize, Deserialize)]
struct EdgeRecord {
    source: String,
    target: String,
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
    evidence: Vec<Evidence>,
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
    let record = GraphRecord {
        nodes: graph
            .nodes()
            .map(|node| node_record(&node.entity, node.id(), node.mentions))
            .collect(),
        edges: graph
            .edges()
            .map(|edge| EdgeRecord {
                source: edge.from.clone(),
                target: edge.to.clone(),
                relation: edge.relation,
                mentions: edge.mentions,
                first_date: edge.first_date,
                last_date: edge.last_date,
                confidence: edge.confidence(),
                evidence: edge.evidence.clone(),
            })
            .collect(),
    };
    let mut out = io::BufWriter::new(out);
    serde_json::to_writer_pretty(&mut out, &record)?;
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(())
}

fn node_record(entity: &Entity, id: &str, mentions: usize) -> NodeRecord {
    let entity = entity.clone();
    NodeRecord {
        id: id.to_string(),
        label: entity.label,
        name: entity.name,
        aliases: entity.aliases,
        roles: entity.roles,
        country: entity.country,
        start_date: entity.start_date,
        end_date: entity.end_date,
        ordinal: entity.ordinal,
        kind: entity.kind,
        date: entity.date,
        title: entity.title,
        path: entity.path,
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
        let entity = Entity {
            label: node.label,
            name: node.name,
            aliases: node.aliases,
            roles: node.roles,
            country: node.country,
            start_date: node.start_date,
            end_date: node.end_date,
            ordinal: node.ordinal,
            kind: node.kind,
            date: node.date,
            title: node.title,
            path: node.path,
        };
        let expected = entity.id();
        if node.id != expected {
            return Err(ReadError::NodeId {
                id: node.id,
                expected,
            });
        }
        graph.merge_entity(&entity, node.mentions);
    }
    for edge in record.edges {
        let EdgeRecord {
            source: from,
            target: to,
            relation,
            evidence,
            ..
        } = edge;
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
        graph.add_evidence(from, relation, to, evidence);
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
                article: "a".to_string(),
                sentence: 0,
                span: Span::new(0, 42),
                text: "Wang Yi co-chaired the \"dialogue\".\n".to_string(),
                verb: "co-chair".to_string(),
                rule: "chair.subj".to_string(),
                date: "2026-01-04".parse().ok(),
                meeting: Some(meeting.id()),
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
