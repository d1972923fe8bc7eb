//! Snapshots of every exporter's output for the fixture graph.

use cpec_graph::{ExportError, KnowledgeGraph};

use crate::fixture;

fn check(export: fn(&KnowledgeGraph, &mut Vec<u8>) -> Result<(), ExportError>) -> String {
    let graph = fixture::graph();
    let mut out = Vec::new();
    export(&graph, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let mut again = Vec::new();
    export(&graph.clone(), &mut again).unwrap();
    assert_eq!(
        text.as_bytes(),
        again,
        "the same graph gives the same bytes"
    );
    text
}

#[test]
fn fixture_graph_counts() {
    let graph = fixture::graph();
    assert_eq!(graph.node_count(), 9);
    assert_eq!(graph.edge_count(), 7);
    assert_eq!(graph.rejected_triples(), 1);
}

#[test]
fn graphml() {
    insta::assert_snapshot!(
        "graph.graphml",
        check(|graph, out| cpec_graph::write_graphml(graph, out))
    );
}

#[test]
fn gexf() {
    insta::assert_snapshot!(
        "graph.gexf",
        check(|graph, out| cpec_graph::write_gexf(graph, out))
    );
}

#[test]
fn dot() {
    insta::assert_snapshot!(
        "graph.dot",
        check(|graph, out| cpec_graph::write_dot(graph, &Default::default(), out))
    );
}

#[test]
fn dot_top_keeps_the_best_connected_nodes() {
    let graph = fixture::graph();
    let mut out = Vec::new();
    let options = cpec_graph::DotOptions { top: Some(2) };
    cpec_graph::write_dot(&graph, &options, &mut out).unwrap();
    let dot = String::from_utf8(out).unwrap();
    let nodes: Vec<&str> = dot.lines().filter(|l| l.contains("fillcolor=")).collect();
    assert_eq!(nodes.len(), 2, "{dot}");
    // The meeting and Ishaq Dar (degree 3 each) beat the rest; his CO_CHAIRED edge stays.
    assert!(nodes[0].starts_with("  \"Meeting:7th-"), "{dot}");
    assert!(nodes[1].starts_with("  \"Official:ishaq-dar\""), "{dot}");
    assert!(dot.contains("[label=\"CO_CHAIRED\""), "{dot}");
    assert_eq!(dot.matches(" -> ").count(), 1, "{dot}");
}

#[test]
fn nodes_csv() {
    insta::assert_snapshot!(
        "nodes.csv",
        check(|graph, out| cpec_graph::write_nodes_csv(graph, out))
    );
}

#[test]
fn edges_csv() {
    insta::assert_snapshot!(
        "edges.csv",
        check(|graph, out| cpec_graph::write_edges_csv(graph, out))
    );
}

#[test]
fn import_cypher() {
    insta::assert_snapshot!(
        "import.cypher",
        check(|graph, out| cpec_graph::write_cypher(graph, out))
    );
}

#[test]
fn graph_json() {
    insta::assert_snapshot!(
        "graph.json",
        check(|graph, out| cpec_graph::write_json(graph, out))
    );
}

#[test]
fn nasty_names_give_one_line_per_csv_record_and_parse_back() {
    let graph = fixture::nasty_graph();
    let mut nodes = Vec::new();
    cpec_graph::write_nodes_csv(&graph, &mut nodes).unwrap();
    let text = String::from_utf8(nodes).unwrap();
    assert_eq!(
        text.lines().count(),
        1 + graph.node_count(),
        "no field spans lines:\n{text}"
    );

    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    for (record, node) in records.iter().zip(graph.nodes()) {
        assert_eq!(&record[0], node.id());
        assert!(
            !record
                .iter()
                .any(|field| field.chars().any(char::is_control)),
            "{record:?}"
        );
        let aliases: Vec<&str> = record[3]
            .split(';')
            .filter(|alias| !alias.is_empty())
            .collect();
        assert_eq!(
            aliases.len(),
            node.entity.aliases.len(),
            "one array element per alias: {record:?}"
        );
        let roles: Vec<&str> = record[4]
            .split(';')
            .filter(|role| !role.is_empty())
            .collect();
        assert_eq!(roles.len(), node.entity.roles.len());
    }

    let mut edges = Vec::new();
    cpec_graph::write_edges_csv(&graph, &mut edges).unwrap();
    let text = String::from_utf8(edges).unwrap();
    assert_eq!(
        text.lines().count(),
        1 + graph.edge_count(),
        "no field spans lines:\n{text}"
    );
}
