//! The CLI end to end: `build` on seeds/ writes every output, deterministically.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{cpec_kg, root, seeds};

fn build(out: &Path) -> String {
    build_with(out, &[])
}

/// `build` of the seeds into `out` with `options`; its summary.
fn build_with(out: &Path, options: &[&str]) -> String {
    let output = cpec_kg()
        .arg("build")
        .arg(seeds())
        .arg("--out")
        .arg(out)
        .args(options)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn scratch(name: &str) -> PathBuf {
    crate::support::scratch(&format!("cli-{name}"))
}

const OUTPUTS: &[&str] = &[
    "graph.graphml",
    "nodes.csv",
    "edges.csv",
    "import.cypher",
    "graph.json",
    "triples.jsonl",
];

#[test]
fn build_writes_every_output_and_a_summary() {
    let out = scratch("build");
    let summary = build(&out);
    assert!(summary.starts_with("5 articles, "), "{summary}");
    for label in ["Official=", "Meeting=", "Project=", "Sector="] {
        assert!(summary.contains(label), "{label} missing from {summary}");
    }
    for name in OUTPUTS {
        let bytes = std::fs::read(out.join(name)).unwrap();
        assert!(!bytes.is_empty(), "{name} is empty");
    }
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".partial"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");

    let graph: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("graph.json")).unwrap()).unwrap();
    let nodes = graph["nodes"].as_array().unwrap();
    let edges = graph["edges"].as_array().unwrap();
    let ids: std::collections::BTreeSet<&str> =
        nodes.iter().map(|n| n["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), nodes.len(), "node ids are unique");
    for edge in edges {
        assert!(
            ids.contains(edge["source"].as_str().unwrap())
                && ids.contains(edge["target"].as_str().unwrap())
        );
        assert!(
            !edge["evidence"].as_array().unwrap().is_empty(),
            "edge without evidence: {edge}"
        );
    }
    // "Ishaq Dar", "Mohammad Ishaq Dar" and "the DPM/FM" are one node.
    assert_eq!(
        nodes
            .iter()
            .filter(|n| n["name"].as_str().unwrap().contains("Dar") && n["label"] == "Official")
            .count(),
        1
    );

    let mut csv = csv::Reader::from_path(out.join("edges.csv")).unwrap();
    let headers: Vec<String> = csv
        .headers()
        .unwrap()
        .iter()
        .take(3)
        .map(String::from)
        .collect();
    assert_eq!(headers, [":START_ID", ":END_ID", ":TYPE"]);
    assert_eq!(csv.records().count(), edges.len());

    for line in std::fs::read_to_string(out.join("triples.jsonl"))
        .unwrap()
        .lines()
    {
        let triple: serde_json::Value = serde_json::from_str(line).unwrap();
        for key in [
            "subject",
            "relation",
            "object",
            "article",
            "sentence",
            "span",
            "evidence",
            "verb",
            "rule",
            "confidence",
        ] {
            assert!(triple.get(key).is_some(), "{key} missing in {line}");
        }
    }
}

#[test]
fn graphml_passes_the_schema() {
    let out = scratch("xsd");
    build(&out);
    let xsd = root().join("../shared/graphml-xsd/graphml.xsd");
    let status = Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema"])
        .arg(&xsd)
        .arg(out.join("graph.graphml"))
        .output()
        .expect("xmllint is installed (.ci/run installs libxml2-utils)");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
}

#[test]
fn outputs_are_byte_identical_across_runs() {
    let (a, b) = (scratch("run-a"), scratch("run-b"));
    build(&a);
    build(&b);
    for name in OUTPUTS {
        assert_eq!(
            std::fs::read(a.join(name)).unwrap(),
            std::fs::read(b.join(name)).unwrap(),
            "{name} differs"
        );
    }
}

#[test]
fn only_writes_the_outputs_named_and_the_same_bytes() {
    let (all, some) = (scratch("only-all"), scratch("only-some"));
    build(&all);
    // Every graph export but graph.json: the edges are tallied, not sorted.
    let summary = build_with(&some, &["--only", "neo4j,triples,graphml,gexf,dot"]);
    assert!(summary.contains(" edges in "), "{summary}");
    let mut written: Vec<String> = std::fs::read_dir(&some)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(
        written,
        [
            "edges.csv",
            "graph.dot",
            "graph.gexf",
            "graph.graphml",
            "import.cypher",
            "nodes.csv",
            "triples.jsonl"
        ]
    );
    for name in &written {
        assert_eq!(
            std::fs::read(all.join(name)).unwrap(),
            std::fs::read(some.join(name)).unwrap(),
            "{name} differs from the full build's"
        );
    }
    // Without a graph export the graph is not built.
    let commitments = scratch("only-commitments");
    let summary = build_with(&commitments, &["--only", "commitments"]);
    assert!(!summary.contains("edges:"), "{summary}");
    assert_eq!(
        std::fs::read(all.join("commitments.jsonl")).unwrap(),
        std::fs::read(commitments.join("commitments.jsonl")).unwrap()
    );
}

#[test]
fn only_refuses_what_cannot_be_written() {
    let out = scratch("only-refused");
    let reify = cpec_kg()
        .args(["build", "--reify", "--only", "neo4j", "--out"])
        .arg(&out)
        .arg(seeds())
        .output()
        .unwrap();
    assert_eq!(reify.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&reify.stderr).contains("add commitments to --only"),
        "{}",
        String::from_utf8_lossy(&reify.stderr)
    );
    assert!(!out.exists(), "nothing is written");
    let merge = cpec_kg()
        .args(["merge", "--only", "triples", "--out"])
        .arg(&out)
        .arg(root().join("seeds/000_63eb1184c8b0a74b.txt"))
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&merge.stderr).contains("--only triples is for build"),
        "{}",
        String::from_utf8_lossy(&merge.stderr)
    );
}

#[test]
fn extract_prints_json_lines_and_eval_ends_with_scores() {
    let output = cpec_kg()
        .arg("extract")
        .arg(seeds().join("002_ff9d479821ec2384.txt"))
        .output()
        .unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout
            .lines()
            .all(|l| serde_json::from_str::<serde_json::Value>(l).is_ok())
    );
    assert!(stdout.contains("\"CO_CHAIRED\""));

    let gold = root().join("../shared/devgold");
    let output = cpec_kg()
        .arg("eval")
        .arg("--gold")
        .arg(gold)
        .arg(seeds())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    let last = stdout.lines().last().unwrap();
    assert!(
        last.starts_with("edge_f1=") && last.contains(" entity_f1="),
        "{last}"
    );
}

#[test]
fn missing_input_is_a_clear_error() {
    let output = cpec_kg()
        .args(["extract", "no/such/file.txt"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("no/such/file.txt"), "{stderr}");
}

#[test]
fn malformed_lexicon_names_file_and_line() {
    let dir = scratch("lexicon");
    std::fs::create_dir_all(&dir).unwrap();
    let lexicon = dir.join("mine.lex");
    std::fs::write(&lexicon, "Sector | trade\nPerson | Nobody\n").unwrap();
    let output = cpec_kg()
        .arg("extract")
        .arg("--lexicon")
        .arg(&lexicon)
        .arg(seeds())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("mine.lex:2: unknown label \"Person\""),
        "{stderr}"
    );
}
