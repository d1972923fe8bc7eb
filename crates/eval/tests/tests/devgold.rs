//! Scoring the dev-gold files against predictions built from themselves.

use cpec_eval::{Report, score_article};

use crate::util::{devgold, prediction};

#[test]
fn all_five_files_parse() {
    let gold = devgold();
    assert_eq!(
        gold.len(),
        5,
        "{:?}",
        gold.iter().map(|(name, _)| name).collect::<Vec<_>>()
    );
    for (name, article) in &gold {
        assert_eq!(
            format!("{}.json", article.id()),
            *name,
            "the file is named after its article"
        );
        assert!(
            !article.entities.is_empty() && !article.edges.is_empty(),
            "{name}"
        );
    }
}

#[test]
fn a_perfect_prediction_scores_one() {
    let scores = devgold()
        .iter()
        .map(|(_, gold)| score_article(gold, &prediction(gold, |_| true)))
        .collect();
    let report = Report::new(scores);
    for article in &report.articles {
        let s = &article.scores;
        assert_eq!(
            s.entities.f1(),
            1.0,
            "{}: {:?}",
            article.article,
            article.unmatched_gold
        );
        assert_eq!(s.typed_entities.f1(), 1.0, "{}", article.article);
        assert_eq!(
            s.edges.f1(),
            1.0,
            "{}: {:?}",
            article.article,
            article.missed_edges
        );
        assert!(
            article
                .matches
                .iter()
                .all(|m| m.predicted.ends_with(&cpec_model::slug(&m.gold)))
        );
    }
    let text = report.to_text();
    assert_eq!(text.lines().last(), Some("edge_f1=1.000 entity_f1=1.000"));
    assert!(text.contains("Missed gold edges: 0\n"), "{text}");
    assert!(text.contains("Spurious predicted edges: 0\n"), "{text}");
}

#[test]
fn half_the_edges_give_half_the_recall() {
    let gold = devgold();
    let scores = gold
        .iter()
        .map(|(_, gold)| score_article(gold, &prediction(gold, |i| i % 2 == 0)))
        .collect();
    let report = Report::new(scores);
    let edges = report.totals.edges;
    assert_eq!(edges.precision(), 1.0);
    assert!(
        (edges.recall() - 0.5).abs() < 0.01,
        "recall {}",
        edges.recall()
    );
    assert_eq!(
        report.totals.entities.f1(),
        1.0,
        "entities do not depend on edges"
    );
    let gold_edges: usize = gold.iter().map(|(_, g)| g.edges.len()).sum();
    assert_eq!(edges.tp + edges.fn_, gold_edges);
    let missed: usize = report.articles.iter().map(|a| a.missed_edges.len()).sum();
    assert_eq!(missed, edges.fn_);
}

#[test]
fn the_report_is_deterministic() {
    let gold = devgold();
    let render = || {
        let scores = gold
            .iter()
            .rev()
            .map(|(_, gold)| {
                let mut predicted = prediction(gold, |i| i % 3 != 0);
                predicted.entities.reverse();
                predicted.triples.reverse();
                score_article(gold, &predicted)
            })
            .collect();
        Report::new(scores)
    };
    let (first, second) = (render(), render());
    assert_eq!(first.to_text(), second.to_text());
    let json = |report: &Report| {
        let mut out = Vec::new();
        report.write_json(&mut out).unwrap();
        out
    };
    assert_eq!(json(&first), json(&second));
}
