//! Properties of the whole pipeline on generated articles: no edge without
//! evidence, unique node ids that depend only on label and name, and exports
//! that are the same bytes whatever the order or grouping of the articles.
//! (`robustness::outputs_are_byte_identical_across_runs_and_thread_counts`
//! checks the binary across runs and thread counts.)

use std::collections::BTreeSet;

use cpec_extract::ArticleInput;
use cpec_graph::{DotOptions, KnowledgeGraph};
use cpec_model::{EntityKey, Extraction};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

use crate::fuzz::prose;
use crate::fuzz::targets::extractor;

fn extract(articles: &[String]) -> Vec<Extraction> {
    let extractor = extractor();
    articles
        .iter()
        .enumerate()
        .map(|(i, text)| extractor.extract(&ArticleInput::new(&format!("article-{i}"), text)))
        .collect()
}

fn graph<'a>(extractions: impl IntoIterator<Item = &'a Extraction>) -> KnowledgeGraph {
    let mut graph = KnowledgeGraph::new();
    for extraction in extractions {
        graph.add_extraction(extraction);
    }
    graph
}

/// Every export of `graph`, concatenated.
fn exports(graph: &KnowledgeGraph) -> Vec<u8> {
    let mut out = Vec::new();
    cpec_graph::write_json(graph, &mut out).unwrap();
    cpec_graph::write_graphml(graph, &mut out).unwrap();
    cpec_graph::write_gexf(graph, &mut out).unwrap();
    cpec_graph::write_nodes_csv(graph, &mut out).unwrap();
    cpec_graph::write_edges_csv(graph, &mut out).unwrap();
    cpec_graph::write_cypher(graph, &mut out).unwrap();
    cpec_graph::write_dot(graph, &DotOptions::default(), &mut out).unwrap();
    out
}

proptest! {
    #![proptest_config(Config {
        cases: 64,
        rng_seed: RngSeed::Fixed(0x0bad_5eed),
        failure_persistence: None,
        ..Config::default()
    })]

    #[test]
    fn every_edge_has_evidence_and_every_id_is_unique_and_stable(
        articles in prop::collection::vec(prose(), 1..5),
    ) {
        let graph = graph(&extract(&articles));
        let ids: Vec<&str> = graph.nodes().map(|n| n.id()).collect();
        let unique: BTreeSet<&str> = ids.iter().copied().collect();
        prop_assert_eq!(unique.len(), ids.len());
        for node in graph.nodes() {
            // Stable: the id is a function of label and name alone.
            prop_assert_eq!(node.id(), EntityKey::new(node.label(), node.name()).id());
        }
        for edge in graph.edges() {
            prop_assert!(!edge.evidence.is_empty(), "{:?}", edge);
            prop_assert!(unique.contains(edge.from.as_ref()) && unique.contains(edge.to.as_ref()));
            prop_assert_eq!(edge.mentions, edge.evidence.len());
        }
        // The same articles give the same graph again.
        prop_assert_eq!(graph, self::graph(&extract(&articles)));
    }

    #[test]
    fn exports_are_the_same_bytes_in_any_order_or_grouping(
        articles in prop::collection::vec(prose(), 1..5),
        split in any::<prop::sample::Index>(),
    ) {
        let extractions = extract(&articles);
        let expected = exports(&graph(&extractions));
        prop_assert!(expected == exports(&graph(extractions.iter().rev())));
        let (left, right) = extractions.split_at(split.index(extractions.len() + 1));
        let mut merged = graph(right);
        merged.merge(&graph(left)).unwrap();
        prop_assert!(expected == exports(&merged));
    }
}
