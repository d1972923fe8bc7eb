//! What the fuzz targets check, shared with the bounded loops that run the
//! same checks on stable Rust in `cargo test` (`tests/fuzz.rs`).
//!
//! Each function panics when an invariant breaks, which is what a fuzzer
//! reports as a crash:
//!
//! - [`extract_bytes`]: any bytes, read as the CLI reads a file (decoding,
//!   HTML), extract without panicking, and every triple's evidence is the text
//!   its span covers.
//! - [`extract_utf8`]: the same for any text.
//! - [`export_roundtrip`]: any graph written in every format reads back with
//!   the same nodes and edges.

use std::sync::OnceLock;

use cpec_extract::{ArticleInput, Extractor};
use cpec_graph::{DotOptions, ExportError, FlatGraph, KnowledgeGraph};
use cpec_model::{EntityKey, Evidence, Label, Relation, Span, Triple};

// The CLI's own decoding and HTML reading, compiled in as they are.
#[allow(dead_code)]
#[path = "../../crates/cli/src/decode.rs"]
mod decode;
#[allow(dead_code)]
#[path = "../../crates/cli/src/html.rs"]
mod html;

/// The extractor over the built-in lexicon, built once.
pub fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::builtin)
}

/// Bytes as `cpec-kg --format auto` reads a file, with and without `--lossy`.
pub fn extract_bytes(data: &[u8]) {
    for lossy in [false, true] {
        if let Ok(text) = decode::decode(data.to_vec(), lossy) {
            if html::looks_like_html(&text) {
                extract_utf8(&html::to_text(&text));
            } else {
                extract_utf8(&text);
            }
        }
    }
}

/// Any text: no panic, and evidence that is exactly the text its span covers,
/// on an edge the ontology allows between two different entities.
pub fn extract_utf8(text: &str) {
    let extraction = extractor().extract(&ArticleInput::new("fuzz", text));
    for triple in &extraction.triples {
        let evidence = &triple.evidence;
        assert_eq!(
            text.get(evidence.span.start..evidence.span.end),
            Some(&*evidence.text),
            "{triple}"
        );
        assert!(
            triple
                .relation
                .allows(triple.subject.label, triple.object.label),
            "{triple}"
        );
        assert_ne!(triple.subject, triple.object, "{triple}");
    }
}

/// A graph made from `data`, written in every format and read back: JSON
/// gives the same graph; GraphML, GEXF and CSV the same nodes, edges and
/// counts (their text fields are cleaned as each format documents); DOT one
/// arrow per edge outside its quoted strings.
pub fn export_roundtrip(data: &[u8]) {
    let graph = graph_of(data);
    let json = written(|out| cpec_graph::write_json(&graph, out));
    assert_eq!(
        cpec_graph::read_json(&json).expect("graph.json reads back"),
        graph
    );

    let flat = FlatGraph::of(&graph).expect("an in-memory graph");
    let graphml = written(|out| cpec_graph::write_graphml(&graph, out));
    let gexf = written(|out| cpec_graph::write_gexf(&graph, out));
    let nodes = written(|out| cpec_graph::write_nodes_csv(&graph, out));
    let edges = written(|out| cpec_graph::write_edges_csv(&graph, out));
    for (format, back) in [
        ("GraphML", cpec_graph::read_graphml(&graphml)),
        ("GEXF", cpec_graph::read_gexf(&gexf)),
        ("CSV", cpec_graph::read_csv(&nodes, &edges)),
    ] {
        let back = back.unwrap_or_else(|e| panic!("{format} does not read back: {e}"));
        assert_eq!(shape(&back), shape(&flat), "{format}");
    }

    let dot = written(|out| cpec_graph::write_dot(&graph, &DotOptions::default(), out));
    assert_eq!(dot_arrows(&dot), graph.edge_count());
}

/// What every flat format keeps exactly: ids, edge keys and counts.
fn shape(flat: &FlatGraph) -> Vec<String> {
    let nodes = flat
        .nodes
        .iter()
        .map(|n| format!("{} {}", n.id, n.mentions));
    let edges = flat
        .edges
        .iter()
        .map(|e| format!("{} {} {} {}", e.from, e.relation, e.to, e.mentions));
    nodes.chain(edges).collect()
}

/// The arrows of a DOT file outside its comments and quoted strings; panics
/// on a quoted string left open.
fn dot_arrows(dot: &str) -> usize {
    let mut arrows = 0;
    for line in dot.lines().filter(|l| !l.trim_start().starts_with("//")) {
        let (mut quoted, mut escaped) = (false, false);
        let mut outside = String::new();
        for c in line.chars() {
            match (quoted, escaped, c) {
                (true, true, _) => escaped = false,
                (true, false, '\\') => escaped = true,
                (_, false, '"') => quoted = !quoted,
                (true, false, _) => {}
                (false, _, c) => outside.push(c),
            }
        }
        assert!(!quoted, "open quote in DOT line {line:?}");
        arrows += outside.matches(" -> ").count();
    }
    arrows
}

fn written(write: impl FnOnce(&mut Vec<u8>) -> Result<(), ExportError>) -> String {
    let mut out = Vec::new();
    write(&mut out).expect("writing to memory");
    String::from_utf8(out).expect("exports are UTF-8")
}

/// The graph of `data`: its extraction as text, plus one triple per line
/// `<character><subject>|<object>`, the character choosing the relation and labels,
/// so that names hold any characters at all.
fn graph_of(data: &[u8]) -> KnowledgeGraph {
    let text = String::from_utf8_lossy(data);
    let mut graph = KnowledgeGraph::new();
    graph.add_extraction(&extractor().extract(&ArticleInput::new("fuzz", &text)));
    for (sentence, line) in text.split('\n').enumerate() {
        let mut chars = line.chars();
        let Some(choice) = chars.next() else {
            continue;
        };
        let Some((subject, object)) = chars.as_str().split_once('|') else {
            continue;
        };
        let choice = choice as usize;
        let relation = Relation::ALL[choice % Relation::ALL.len()];
        let pick = |labels: &[Label], at: usize| labels[at % labels.len()];
        let triple = Triple {
            subject: EntityKey::new(pick(relation.domain(), choice / 3), subject),
            relation,
            object: EntityKey::new(pick(relation.range(), choice / 7), object),
            evidence: Evidence {
                article: format!("fuzz-{}", choice % 3).into(),
                sentence,
                span: Span::new(0, line.len()),
                text: line.into(),
                verb: "fuzz".into(),
                rule: "fuzz".into(),
                date: None,
                meeting: None,
                confidence: 0.5,
            },
        };
        graph.add_triple(&triple);
    }
    graph
}
