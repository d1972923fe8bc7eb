//! Properties: the graph does not depend on merge order, and graph.json reads back exactly.

use cpec_graph::KnowledgeGraph;
use cpec_model::{Date, Entity, EntityKey, Evidence, Extraction, Label, Relation, Span, Triple};
use proptest::prelude::*;
use proptest::sample::select;

/// Names that collide on purpose (same slug, different spelling) or need escaping.
const NAMES: &[&str] = &[
    "Pakistan",
    "pakistan",
    "PAKISTAN",
    "Ishaq Dar",
    "Ishaq  Dar!",
    "Gwadar Port",
    "A & B <C>",
    "\"quoted\" 'single'",
    "semi;colon, comma",
    "line\nbreak",
    "ctrl\u{1}char",
    "Zhōu Ēnlái",
    "Zhou Enlai",
    "اسحاق ڈار",
    "x²",
    "",
    " padded ",
    "cr\ronly",
    "]]> &amp; &#10;",
    "nonchar\u{FFFE}\u{FFFF}",
    "c1\u{85}del\u{7f}",
];

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(NAMES).prop_map(str::to_string),
        1 => "[a-zA-Z &<>\"';,\\n\\x01\\x7f]{0,12}",
        1 => any::<String>(),
    ]
}

fn date() -> impl Strategy<Value = Option<Date>> {
    proptest::option::of(
        (2024i32..=2026, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).unwrap()),
    )
}

fn text() -> impl Strategy<Value = Option<String>> {
    proptest::option::of(name())
}

fn entity(label: Label) -> impl Strategy<Value = Entity> {
    (
        name(),
        proptest::collection::btree_set(name(), 0..3),
        proptest::collection::btree_set(name(), 0..2),
        (text(), date(), date(), proptest::option::of(1u32..20)),
        (text(), date(), text(), text()),
    )
        .prop_map(
            move |(
                name,
                aliases,
                roles,
                (country, start_date, end_date, ordinal),
                (kind, date, title, path),
            )| {
                Entity {
                    label,
                    name,
                    aliases,
                    roles,
                    country,
                    start_date,
                    end_date,
                    ordinal,
                    kind,
                    date,
                    title,
                    path,
                }
            },
        )
}

fn any_entity() -> impl Strategy<Value = Entity> {
    select(&Label::ALL[..]).prop_flat_map(entity)
}

fn evidence() -> impl Strategy<Value = Evidence> {
    (
        select(&["a", "b", "c"][..]),
        0usize..4,
        (0usize..50, 0usize..50),
        name(),
        select(&["agree", "pledge"][..]),
        select(&["commit.agree", "commit.pledge"][..]),
        date(),
        proptest::option::of(select(&["Meeting:7th-dialogue", "Meeting:jcc"][..])),
        prop_oneof![select(&[0.5, 0.9, 1.0][..]), 0.0..=1.0f64],
    )
        .prop_map(
            |(article, sentence, (a, b), text, verb, rule, date, meeting, confidence)| Evidence {
                article: article.into(),
                sentence,
                span: Span::new(a.min(b), a.max(b)),
                text: text.into(),
                verb: verb.into(),
                rule: rule.into(),
                date,
                meeting: meeting.map(Into::into),
                confidence,
            },
        )
}

fn triple() -> impl Strategy<Value = Triple> {
    select(&Relation::ALL[..])
        .prop_flat_map(|relation| {
            // Mostly labels the relation allows, sometimes any: those are rejected.
            let from = prop_oneof![4 => select(relation.domain()), 1 => select(&Label::ALL[..])];
            let to = prop_oneof![4 => select(relation.range()), 1 => select(&Label::ALL[..])];
            (Just(relation), from, name(), to, name(), evidence())
        })
        .prop_map(
            |(relation, from, from_name, to, to_name, evidence)| Triple {
                subject: EntityKey::new(from, from_name),
                relation,
                object: EntityKey::new(to, to_name),
                evidence,
            },
        )
}

pub(crate) fn extraction() -> impl Strategy<Value = Extraction> {
    (
        entity(Label::Article),
        proptest::collection::vec(any_entity(), 0..5),
        proptest::collection::vec(triple(), 0..6),
    )
        .prop_map(|(article, entities, triples)| Extraction {
            article,
            sentences: 4,
            entities,
            triples,
            diagnostics: Vec::new(),
        })
}

fn json(graph: &KnowledgeGraph) -> Vec<u8> {
    let mut out = Vec::new();
    cpec_graph::write_json(graph, &mut out).unwrap();
    out
}

fn graphml(graph: &KnowledgeGraph) -> Vec<u8> {
    let mut out = Vec::new();
    cpec_graph::write_graphml(graph, &mut out).unwrap();
    out
}

/// Extractions and the same extractions in another order.
fn shuffled_extractions() -> impl Strategy<Value = (Vec<Extraction>, Vec<Extraction>, usize)> {
    proptest::collection::vec(extraction(), 1..6).prop_flat_map(|extractions| {
        let len = extractions.len();
        (
            Just(extractions.clone()),
            Just(extractions).prop_shuffle(),
            0..=len,
        )
    })
}

proptest! {
    #[test]
    fn merge_order_does_not_change_the_graph((extractions, shuffled, split) in shuffled_extractions()) {
        let in_order: KnowledgeGraph = extractions.iter().collect();
        let reordered: KnowledgeGraph = shuffled.iter().collect();

        // One graph per article, merged one by one in the shuffled order.
        let mut merged_singly = KnowledgeGraph::new();
        for extraction in &shuffled {
            merged_singly.merge(&std::iter::once(extraction).collect()).unwrap();
        }
        // Two shards, the second merged into the first.
        let (left, right) = shuffled.split_at(split);
        let mut sharded: KnowledgeGraph = right.iter().collect();
        sharded.merge(&left.iter().collect()).unwrap();

        let expected = json(&in_order);
        prop_assert_eq!(&json(&reordered), &expected);
        prop_assert_eq!(&json(&merged_singly), &expected);
        prop_assert_eq!(&json(&sharded), &expected);
        prop_assert_eq!(graphml(&sharded), graphml(&in_order));
        prop_assert_eq!(sharded.rejected_triples(), in_order.rejected_triples());
    }

    #[test]
    fn json_reads_back_exactly(extractions in proptest::collection::vec(extraction(), 0..4)) {
        let graph: KnowledgeGraph = extractions.iter().collect();
        let text = json(&graph);
        let back = cpec_graph::read_json(std::str::from_utf8(&text).unwrap()).unwrap();
        prop_assert_eq!(&back, &graph);
        prop_assert_eq!(json(&back), text);
    }

    #[test]
    fn merging_a_graph_read_from_json_equals_merging_the_graph(
        extractions in proptest::collection::vec(extraction(), 1..4),
        more in proptest::collection::vec(extraction(), 0..3),
    ) {
        let shard: KnowledgeGraph = extractions.iter().collect();
        let mut direct: KnowledgeGraph = more.iter().collect();
        let mut via_json = direct.clone();
        direct.merge(&shard).unwrap();
        via_json.merge(&cpec_graph::read_json(std::str::from_utf8(&json(&shard)).unwrap()).unwrap()).unwrap();
        prop_assert_eq!(json(&via_json), json(&direct));
    }
}

/// Every export of `graph`, in one buffer per format, graph.json first.
fn all_exports(graph: &KnowledgeGraph) -> Vec<Vec<u8>> {
    let mut json = Vec::new();
    cpec_graph::write_json(graph, &mut json).unwrap();
    let mut outs = vec![json];
    outs.extend(all_exports_but_json(graph));
    outs
}

/// The flat exports of `graph`: all but graph.json.
fn all_exports_but_json(graph: &KnowledgeGraph) -> Vec<Vec<u8>> {
    let mut outs = vec![Vec::new(); 6];
    cpec_graph::write_graphml(graph, &mut outs[0]).unwrap();
    cpec_graph::write_gexf(graph, &mut outs[1]).unwrap();
    cpec_graph::write_nodes_csv(graph, &mut outs[2]).unwrap();
    cpec_graph::write_edges_csv(graph, &mut outs[3]).unwrap();
    cpec_graph::write_cypher(graph, &mut outs[4]).unwrap();
    cpec_graph::write_dot(graph, &cpec_graph::DotOptions::default(), &mut outs[5]).unwrap();
    outs
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Mentions sorted on disk (in runs of a few hundred bytes, so that the
    /// merge has many) give the graph that keeps them in memory: same
    /// counts, same repeated mentions dropped, byte-identical exports.
    #[test]
    fn a_spilled_graph_exports_what_the_graph_in_memory_does(
        extractions in proptest::collection::vec(extraction(), 0..6),
        repeated in proptest::collection::vec(any::<prop::sample::Index>(), 0..4),
        memory in 2usize..2048,
    ) {
        // Articles read again, some saying the same things differently: the
        // same mentions with other confidences and texts, of which one is kept.
        let mut all = extractions.clone();
        if !extractions.is_empty() {
            for (number, at) in repeated.iter().enumerate() {
                let mut again = at.get(&extractions).clone();
                for triple in &mut again.triples {
                    let evidence = &mut triple.evidence;
                    match number % 3 {
                        0 => {}
                        1 => evidence.confidence = (evidence.confidence + 0.25) % 1.0,
                        _ => evidence.text = format!("{}!", evidence.text).into(),
                    }
                }
                all.push(again);
            }
        }
        let in_memory: KnowledgeGraph = all.iter().collect();
        let dir = tempfile::tempdir().unwrap();
        let mut spilling = cpec_graph::SpillingGraph::with_memory(dir.path(), memory).unwrap();
        for extraction in &all {
            spilling.add_extraction(extraction).unwrap();
        }
        let spilled = spilling.finish().unwrap();
        prop_assert_eq!(spilled.rejected_triples(), in_memory.rejected_triples());
        let counts = |graph: &KnowledgeGraph| -> Vec<_> {
            graph.edges().map(|e| (e.mentions, e.first_date, e.last_date)).collect()
        };
        prop_assert_eq!(counts(&spilled), counts(&in_memory));
        prop_assert_eq!(all_exports(&spilled), all_exports(&in_memory));
        let mut merged = KnowledgeGraph::new();
        merged.merge(&spilled).unwrap();
        prop_assert_eq!(&merged, &in_memory);
        // Finished flat: the same flat exports; graph.json and every
        // mention are refused, not written empty.
        let mut spilling = cpec_graph::SpillingGraph::with_memory(dir.path(), memory).unwrap();
        for extraction in &all {
            spilling.add_extraction(extraction).unwrap();
        }
        let flat = spilling.finish_flat().unwrap();
        prop_assert_eq!(&all_exports_but_json(&flat), &all_exports(&in_memory)[1..]);
        prop_assert!(cpec_graph::write_json(&flat, &mut Vec::new()).is_err());
        let refused = matches!(
            flat.edges_in_full(),
            Err(cpec_graph::SpillError::NotKept { .. })
        );
        prop_assert!(refused, "edges_in_full of a graph finished flat");
        drop((spilled, flat));
        prop_assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "work files left");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// A graph that tallies each edge as its mentions arrive prints what the
    /// graph in memory does in every flat format, when each article comes
    /// in one extraction (which may repeat a mention, said differently);
    /// an article added again is refused and changes nothing.
    #[test]
    fn a_tallied_graph_exports_the_flat_formats_of_the_graph_in_memory(
        extractions in proptest::collection::vec(extraction(), 0..6),
        repeated in proptest::collection::vec(any::<prop::sample::Index>(), 0..4),
    ) {
        // Facts stated again by the next article, then extraction i given
        // articles a<9-i>, b<9-i>, c<9-i>: none in another extraction, and
        // later articles sort first.
        let mut distinct: Vec<Extraction> = extractions;
        for at in &repeated {
            if distinct.len() < 2 {
                break;
            }
            let from = at.index(distinct.len());
            let next = (from + 1) % distinct.len();
            if let Some(triple) = distinct[from].triples.first().cloned() {
                distinct[next].triples.push(triple);
            }
        }
        for (i, extraction) in distinct.iter_mut().enumerate() {
            for triple in &mut extraction.triples {
                triple.evidence.article = format!("{}{}", triple.evidence.article, 9 - i).into();
            }
        }
        for (number, at) in repeated.iter().enumerate() {
            let Some(extraction) = distinct.get_mut(number % 6) else { continue };
            if extraction.triples.is_empty() {
                continue;
            }
            let mut again = at.get(&extraction.triples).clone();
            again.evidence.confidence = (again.evidence.confidence + 0.25) % 1.0;
            if number % 2 == 1 {
                again.evidence.text = format!("{}!", again.evidence.text).into();
            }
            extraction.triples.push(again);
        }
        let in_memory: KnowledgeGraph = distinct.iter().collect();
        let dir = tempfile::tempdir().unwrap();
        let mut tallying = cpec_graph::TallyingGraph::new(dir.path()).unwrap();
        for extraction in &distinct {
            tallying.add_extraction(extraction).unwrap();
        }
        if let Some(again) = distinct.iter().find(|e| !e.triples.is_empty()) {
            prop_assert!(tallying.add_extraction(again).is_err());
        }
        let tallied = tallying.finish().unwrap();
        prop_assert_eq!(tallied.rejected_triples(), in_memory.rejected_triples());
        prop_assert_eq!(&all_exports_but_json(&tallied), &all_exports(&in_memory)[1..]);
        prop_assert!(cpec_graph::write_json(&tallied, &mut Vec::new()).is_err());
        let refused = matches!(
            tallied.edges_in_full(),
            Err(cpec_graph::SpillError::NotKept { .. })
        );
        prop_assert!(refused, "edges_in_full of a tallied graph");
        drop(tallied);
        prop_assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "work files left");
    }
}

proptest! {
    /// `triples.jsonl` escapes a sentence once for all its triples; each line
    /// is still exactly the triple as it serialises itself.
    #[test]
    fn triple_lines_are_the_triples_serialised(
        mut triples in proptest::collection::vec(triple(), 0..8),
        shared in proptest::collection::vec(any::<bool>(), 8),
    ) {
        for i in 1..triples.len() {
            if shared[i] {
                let text = triples[i - 1].evidence.text.clone();
                triples[i].evidence.text = text;
            }
        }
        let mut lines = Vec::new();
        cpec_graph::write_triples_jsonl(&triples, &mut lines).unwrap();
        let expected: String = triples
            .iter()
            .map(|t| serde_json::to_string(t).unwrap() + "\n")
            .collect();
        prop_assert_eq!(String::from_utf8(lines).unwrap(), expected);
    }
}
