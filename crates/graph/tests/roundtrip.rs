//! Round trips: any graph written as GraphML, GEXF or Neo4j CSV reads back to its flat view.
//!
//! The expected view is computed here, field by field, from the format's
//! documented cleaning: XML has no place for control characters (they become
//! spaces), a CSV field is one line (each run of control characters becomes a
//! space), a list element cannot hold its separator `;` (it becomes `,`).
//! Everything else — `&`, `<`, quotes, commas, line breaks in XML, non-Latin
//! scripts, empty and padded names — must come back exactly.

use std::collections::BTreeSet;

use cpec_graph::{FlatGraph, KnowledgeGraph, ReadError};
use proptest::prelude::*;

use crate::fixture;
use crate::properties::extraction;

/// XML: each character XML 1.0 forbids becomes a space.
pub(crate) fn xml_clean(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            '\u{FFFE}' | '\u{FFFF}' => ' ',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect()
}

/// CSV: each run of control characters becomes one space.
fn csv_clean(text: &str) -> String {
    let mut out = String::new();
    let mut in_run = false;
    for c in text.chars() {
        if c.is_control() {
            if !in_run {
                out.push(' ');
            }
            in_run = true;
        } else {
            out.push(c);
            in_run = false;
        }
    }
    out
}

/// The flat view of `graph` as a format with this cleaning gives it back.
fn expected(graph: &KnowledgeGraph, clean: fn(&str) -> String) -> FlatGraph {
    let text = |value: &mut String| *value = clean(value);
    let optional = |value: &mut Option<String>| {
        *value = value
            .as_deref()
            .map(clean)
            .filter(|value| !value.is_empty());
    };
    let list = |values: &mut BTreeSet<String>| {
        *values = values
            .iter()
            .map(|value| clean(value).replace(';', ","))
            .filter(|value| !value.is_empty())
            .collect();
    };
    let mut flat = FlatGraph::of(graph).unwrap();
    for node in &mut flat.nodes {
        let entity = &mut node.entity;
        text(&mut entity.name);
        list(&mut entity.aliases);
        list(&mut entity.roles);
        for value in [
            &mut entity.country,
            &mut entity.kind,
            &mut entity.title,
            &mut entity.path,
        ] {
            optional(value);
        }
    }
    for edge in &mut flat.edges {
        edge.articles = edge
            .articles
            .iter()
            .map(|value| clean(value).replace(';', ","))
            .filter(|value| !value.is_empty())
            .map(Into::into)
            .collect();
        if let Some(primary) = &mut edge.primary {
            for value in [
                &mut primary.article,
                &mut primary.text,
                &mut primary.verb,
                &mut primary.rule,
            ] {
                *value = clean(value).into();
            }
            primary.meeting = primary
                .meeting
                .as_deref()
                .map(clean)
                .filter(|value| !value.is_empty())
                .map(Into::into);
        }
    }
    flat
}

fn written(
    graph: &KnowledgeGraph,
    write: fn(&KnowledgeGraph, &mut Vec<u8>) -> Result<(), cpec_graph::ExportError>,
) -> String {
    let mut out = Vec::new();
    write(graph, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn graphml(graph: &KnowledgeGraph) -> Result<FlatGraph, ReadError> {
    cpec_graph::read_graphml(&written(graph, |g, o| cpec_graph::write_graphml(g, o)))
}

fn gexf(graph: &KnowledgeGraph) -> Result<FlatGraph, ReadError> {
    cpec_graph::read_gexf(&written(graph, |g, o| cpec_graph::write_gexf(g, o)))
}

fn csv(graph: &KnowledgeGraph) -> Result<FlatGraph, ReadError> {
    cpec_graph::read_csv(
        &written(graph, |g, o| cpec_graph::write_nodes_csv(g, o)),
        &written(graph, |g, o| cpec_graph::write_edges_csv(g, o)),
    )
}

#[test]
fn the_fixtures_read_back() {
    for graph in [
        fixture::graph(),
        fixture::nasty_graph(),
        KnowledgeGraph::new(),
    ] {
        let xml = expected(&graph, xml_clean);
        assert_eq!(graphml(&graph).unwrap(), xml);
        assert_eq!(gexf(&graph).unwrap(), xml);
        assert_eq!(csv(&graph).unwrap(), expected(&graph, csv_clean));
    }
    // Nothing but the fields' cleaning is lost: the plain fixture comes back whole.
    let graph = fixture::graph();
    assert_eq!(graphml(&graph).unwrap(), FlatGraph::of(&graph).unwrap());
}

#[test]
fn nasty_names_keep_their_ids_and_their_xml_line_breaks() {
    let back = gexf(&fixture::nasty_graph()).unwrap();
    let names: Vec<&str> = back.nodes.iter().map(|n| n.entity.name.as_str()).collect();
    assert!(names.contains(&"A & B <C> \"D\" 'E', F; G\nH"), "{names:?}");
    assert!(names.contains(&"tab\there\r\nand CRLF"), "{names:?}");
    assert!(names.contains(&"bell and nul and "), "{names:?}");
    let back = csv(&fixture::nasty_graph()).unwrap();
    let names: Vec<&str> = back.nodes.iter().map(|n| n.entity.name.as_str()).collect();
    assert!(names.contains(&"tab here and CRLF"), "{names:?}");
}

#[test]
fn readers_refuse_what_the_writers_never_write() {
    let graph = fixture::graph();
    let xml = written(&graph, |g, o| cpec_graph::write_graphml(g, o));
    let broken = xml.replace("</graph>", "");
    assert!(matches!(
        cpec_graph::read_graphml(&broken),
        Err(ReadError::Malformed { .. })
    ));
    let unknown = xml.replace(
        "target=\"Official:wang-yi\"",
        "target=\"Official:li-qiang\"",
    );
    assert!(matches!(
        cpec_graph::read_graphml(&unknown),
        Err(ReadError::UnknownNode { missing, .. }) if missing == "Official:li-qiang"
    ));
    let gexf = written(&graph, |g, o| cpec_graph::write_gexf(g, o));
    let renamed = gexf.replace("value=\"Wang Yi\"", "value=\"Li Qiang\"");
    assert!(matches!(
        cpec_graph::read_gexf(&renamed),
        Err(ReadError::NodeId { .. })
    ));
    let nodes = written(&graph, |g, o| cpec_graph::write_nodes_csv(g, o));
    let edges = written(&graph, |g, o| cpec_graph::write_edges_csv(g, o));
    let bad_count = nodes.replacen(",1\n", ",one\n", 1);
    assert!(matches!(
        cpec_graph::read_csv(&bad_count, &edges),
        Err(ReadError::Malformed { .. })
    ));
    let wrong_type = edges.replace(",HELD_IN,", ",MET,");
    assert!(matches!(
        cpec_graph::read_csv(&nodes, &wrong_type),
        Err(ReadError::NotAllowed { .. })
    ));
}

proptest! {
    #[test]
    fn any_graph_reads_back_from_every_flat_format(
        extractions in proptest::collection::vec(extraction(), 0..4),
    ) {
        let graph: KnowledgeGraph = extractions.iter().collect();
        let xml = expected(&graph, xml_clean);
        prop_assert_eq!(graphml(&graph).unwrap(), xml.clone());
        prop_assert_eq!(gexf(&graph).unwrap(), xml);
        prop_assert_eq!(csv(&graph).unwrap(), expected(&graph, csv_clean));
    }
}
