//! The new exports end to end: `build` writes graph.gexf and graph.dot, every
//! flat file reads back to the flat view of graph.json, `export` prints the same bytes.
//!
//! The checks with outside tools (xmllint, networkx, igraph, FalkorDB,
//! Graphviz) are `tests/interop/run.sh`, which `.ci/run` runs.

use std::path::{Path, PathBuf};

use cpec_graph::FlatGraph;

use crate::support::{cpec_kg, seeds};

/// `cpec-kg build seeds` into a fresh folder.
fn built(name: &str) -> PathBuf {
    let out = crate::support::scratch(&format!("interop-{name}"));
    let status = cpec_kg()
        .arg("build")
        .arg(seeds())
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    out
}

fn read(out: &Path, name: &str) -> String {
    std::fs::read_to_string(out.join(name)).unwrap()
}

#[test]
fn every_flat_export_of_the_seeds_reads_back_to_graph_json() {
    let out = built("flat");
    let graph = cpec_graph::read_json(&read(&out, "graph.json")).unwrap();
    let flat = FlatGraph::of(&graph).unwrap();
    assert!(flat.nodes.len() > 100 && flat.edges.len() > 100);
    assert_eq!(
        cpec_graph::read_graphml(&read(&out, "graph.graphml")).unwrap(),
        flat
    );
    assert_eq!(
        cpec_graph::read_gexf(&read(&out, "graph.gexf")).unwrap(),
        flat
    );
    let csv = cpec_graph::read_csv(&read(&out, "nodes.csv"), &read(&out, "edges.csv"));
    assert_eq!(csv.unwrap(), flat);
    let dot = read(&out, "graph.dot");
    assert!(dot.starts_with("// cpec-kg") && dot.trim_end().ends_with('}'));
    assert_eq!(dot.matches(" -> ").count(), flat.edges.len());
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn export_prints_what_build_writes() {
    let out = built("export");
    for (format, file) in [
        ("graphml", "graph.graphml"),
        ("gexf", "graph.gexf"),
        ("dot", "graph.dot"),
        ("json", "graph.json"),
        ("nodes-csv", "nodes.csv"),
        ("edges-csv", "edges.csv"),
        ("cypher", "import.cypher"),
    ] {
        let printed = cpec_kg()
            .args(["export", "--format", format])
            .arg(seeds())
            .output()
            .unwrap();
        assert!(printed.status.success(), "{format}");
        assert_eq!(
            String::from_utf8(printed.stdout).unwrap(),
            read(&out, file),
            "{format}"
        );
    }
    let top = cpec_kg()
        .args(["export", "--format", "dot", "--top", "5"])
        .arg(seeds())
        .output()
        .unwrap();
    let dot = String::from_utf8(top.stdout).unwrap();
    assert_eq!(dot.matches("fillcolor=").count(), 5, "{dot}");
    std::fs::remove_dir_all(&out).unwrap();
}
