//! A corpus report: article scores, micro-averaged totals, text and JSON renderings.

use std::fmt;
use std::io;

use serde::Serialize;

use crate::counts::{Counts, Scores};
use crate::score::ArticleScore;

/// The scores of every article and their totals (counts summed: micro-averaged).
///
/// ## Text format
///
/// [`Report::to_text`] (also `Display`) prints, in order: one line per article
/// with precision, recall and F1 of entities (untyped, then typed) and edges;
/// the totals; the typed entity counts by label; the edge counts by type; the
/// edge precision by confidence bucket; the unmatched entities of both sides;
/// the missed gold edges; the spurious predicted edges with the sentence and
/// rule of their first triple. The last line is always
/// `edge_f1=<x> entity_f1=<y>`, three decimals, `entity_f1` being the untyped
/// micro F1, so that scripts can `tail -n1`.
///
/// ## Wire format
///
/// [`Report::write_json`] writes one pretty-printed JSON object:
/// `{"articles": [ArticleScore…], "totals": Scores}`. Counts are objects
/// `{"tp", "fp", "fn", "precision", "recall", "f1"}`; `by_label` and `by_type`
/// are objects keyed by label and relationship type; `calibration` is a list of
/// buckets `{"range", "lower", "upper", "edges", "correct", "precision"}`
/// (`precision` null when empty). Each article also carries `matches`,
/// `unmatched_predicted`, `unmatched_gold`, `missed_edges` and
/// `spurious_edges` (with `evidence`: `sentence`, `text`, `rule`, `verb`,
/// `confidence`). Articles are sorted by name, lists as on [`ArticleScore`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub articles: Vec<ArticleScore>,
    pub totals: Scores,
}

impl Report {
    /// Sorts the articles by name and sums their counts.
    pub fn new(mut articles: Vec<ArticleScore>) -> Report {
        articles.sort_by(|a, b| a.article.cmp(&b.article));
        let mut totals = Scores::default();
        for article in &articles {
            totals.add(&article.scores);
        }
        Report { articles, totals }
    }

    /// The human-readable report (see "Text format" above).
    pub fn to_text(&self) -> String {
        self.to_string()
    }

    /// The report as pretty-printed JSON (see "Wire format" above).
    pub fn write_json<W: io::Write>(&self, writer: W) -> serde_json::Result<()> {
        serde_json::to_writer_pretty(writer, self)
    }
}

fn rates(counts: &Counts) -> String {
    format!(
        "{:.3} {:.3} {:.3}",
        counts.precision(),
        counts.recall(),
        counts.f1()
    )
}

fn counts_row(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    width: usize,
    counts: &Counts,
) -> fmt::Result {
    writeln!(
        f,
        "  {name:<width$} {:>6} {:>6} {:>6} {:>9.3} {:>7.3} {:>7.3}",
        counts.tp,
        counts.fp,
        counts.fn_,
        counts.precision(),
        counts.recall(),
        counts.f1()
    )
}

fn counts_header(f: &mut fmt::Formatter<'_>, title: &str, width: usize) -> fmt::Result {
    writeln!(
        f,
        "  {title:<width$} {:>6} {:>6} {:>6} {:>9} {:>7} {:>7}",
        "tp", "fp", "fn", "precision", "recall", "f1"
    )
}

/// Text on one line: runs of white space (newlines too) become one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn matched(name: &Option<String>) -> &str {
    name.as_deref().unwrap_or("unmatched")
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let totals = &self.totals;
        let width = self
            .articles
            .iter()
            .map(|a| a.article.len())
            .max()
            .unwrap_or(0)
            .max(13);

        writeln!(f, "Scores against gold: precision recall F1")?;
        writeln!(
            f,
            "  {:<width$}  {:<17}  {:<17}  edges",
            "article", "entities", "typed entities"
        )?;
        for article in &self.articles {
            let s = &article.scores;
            writeln!(
                f,
                "  {:<width$}  {}  {}  {}",
                article.article,
                rates(&s.entities),
                rates(&s.typed_entities),
                rates(&s.edges)
            )?;
        }
        writeln!(
            f,
            "  {:<width$}  {}  {}  {}",
            "total (micro)",
            rates(&totals.entities),
            rates(&totals.typed_entities),
            rates(&totals.edges)
        )?;

        let width = 20;
        writeln!(f)?;
        counts_header(f, "Totals", width)?;
        counts_row(f, "entities", width, &totals.entities)?;
        counts_row(f, "typed entities", width, &totals.typed_entities)?;
        counts_row(f, "edges", width, &totals.edges)?;

        writeln!(f)?;
        counts_header(f, "Entities by label", width)?;
        for (label, counts) in &totals.by_label {
            counts_row(f, label.as_str(), width, counts)?;
        }

        writeln!(f)?;
        counts_header(f, "Edges by type", width)?;
        for (relation, counts) in &totals.by_type {
            counts_row(f, relation.as_str(), width, counts)?;
        }

        writeln!(f)?;
        writeln!(
            f,
            "Edge precision by confidence (the highest of the edge's triples)"
        )?;
        writeln!(
            f,
            "  {:<12} {:>6} {:>8} {:>9}",
            "confidence", "edges", "correct", "precision"
        )?;
        for bucket in &totals.calibration.buckets {
            let precision = match bucket.precision() {
                Some(p) => format!("{p:.3}"),
                None => "-".to_string(),
            };
            writeln!(
                f,
                "  {:<12} {:>6} {:>8} {:>9}",
                bucket.range(),
                bucket.edges,
                bucket.correct,
                precision
            )?;
        }

        let count =
            |list: fn(&ArticleScore) -> usize| self.articles.iter().map(list).sum::<usize>();

        writeln!(f)?;
        writeln!(
            f,
            "Unmatched gold entities: {}",
            count(|a| a.unmatched_gold.len())
        )?;
        for article in self
            .articles
            .iter()
            .filter(|a| !a.unmatched_gold.is_empty())
        {
            writeln!(f, "  {}", article.article)?;
            for node in &article.unmatched_gold {
                writeln!(f, "    {} ({})", node.name, node.label)?;
            }
        }

        writeln!(f)?;
        writeln!(
            f,
            "Unmatched predicted nodes: {}",
            count(|a| a.unmatched_predicted.len())
        )?;
        for article in self
            .articles
            .iter()
            .filter(|a| !a.unmatched_predicted.is_empty())
        {
            writeln!(f, "  {}", article.article)?;
            for node in &article.unmatched_predicted {
                writeln!(f, "    {} ({})", node.name, node.label)?;
            }
        }

        writeln!(f)?;
        writeln!(f, "Missed gold edges: {}", count(|a| a.missed_edges.len()))?;
        for article in self.articles.iter().filter(|a| !a.missed_edges.is_empty()) {
            writeln!(f, "  {}", article.article)?;
            for edge in &article.missed_edges {
                writeln!(
                    f,
                    "    {} -{}-> {}   [from: {}; to: {}]",
                    edge.from,
                    edge.relation,
                    edge.to,
                    matched(&edge.from_match),
                    matched(&edge.to_match)
                )?;
            }
        }

        writeln!(f)?;
        writeln!(
            f,
            "Spurious predicted edges: {}",
            count(|a| a.spurious_edges.len())
        )?;
        for article in self
            .articles
            .iter()
            .filter(|a| !a.spurious_edges.is_empty())
        {
            writeln!(f, "  {}", article.article)?;
            for edge in &article.spurious_edges {
                writeln!(
                    f,
                    "    {} ({}) -{}-> {} ({})   [from: {}; to: {}]",
                    edge.from.name,
                    edge.from.label,
                    edge.relation,
                    edge.to.name,
                    edge.to.label,
                    matched(&edge.from_match),
                    matched(&edge.to_match)
                )?;
                let evidence = &edge.evidence;
                write!(
                    f,
                    "      rule {}, verb {}, confidence {:.2}; sentence {}",
                    evidence.rule, evidence.verb, edge.confidence, evidence.sentence
                )?;
                match one_line(&evidence.text) {
                    text if text.is_empty() => writeln!(f)?,
                    text => writeln!(f, ": {text}")?,
                }
            }
        }

        writeln!(f)?;
        writeln!(
            f,
            "edge_f1={:.3} entity_f1={:.3}",
            totals.edges.f1(),
            totals.entities.f1()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{GoldArticle, GoldEdge, GoldEntity, score_article};
    use cpec_model::{Entity, EntityKey, Evidence, Extraction, Label, Relation, Span, Triple};

    fn sample() -> Report {
        let gold = GoldArticle {
            article: "b.txt".into(),
            date: None,
            entities: vec![
                GoldEntity {
                    label: Label::Country,
                    name: "Pakistan".into(),
                    aliases: vec![],
                },
                GoldEntity {
                    label: Label::Sector,
                    name: "trade".into(),
                    aliases: vec![],
                },
                GoldEntity {
                    label: Label::Sector,
                    name: "mining".into(),
                    aliases: vec![],
                },
            ],
            edges: vec![
                GoldEdge {
                    from: "Pakistan".into(),
                    relation: Relation::CommittedTo,
                    to: "trade".into(),
                },
                GoldEdge {
                    from: "Pakistan".into(),
                    relation: Relation::CommittedTo,
                    to: "mining".into(),
                },
            ],
        };
        let triple = |object: &str, confidence: f64| Triple {
            subject: EntityKey::new(Label::Country, "Pakistan"),
            relation: Relation::CommittedTo,
            object: EntityKey::new(Label::Sector, object),
            evidence: Evidence {
                article: "b".into(),
                sentence: 3,
                span: Span::new(0, 10),
                text: "Pakistan pledged\nto deepen trade and energy.".into(),
                verb: "pledge".into(),
                rule: "commit-verb".into(),
                date: None,
                meeting: None,
                confidence,
            },
        };
        let predicted = Extraction {
            article: Entity::new(Label::Article, "b"),
            sentences: 4,
            entities: vec![],
            triples: vec![triple("trade", 0.9), triple("energy", 0.65)],
            diagnostics: vec![],
        };
        let mut empty_gold = gold.clone();
        empty_gold.article = "a.txt".into();
        empty_gold.edges.clear();
        let empty = Extraction {
            triples: vec![],
            ..predicted.clone()
        };
        Report::new(vec![
            score_article(&gold, &predicted),
            score_article(&empty_gold, &empty),
        ])
    }

    #[test]
    fn totals_are_micro_averaged() {
        let report = sample();
        assert_eq!(report.articles[0].article, "a.txt", "sorted by name");
        assert_eq!(
            report.totals.entities,
            Counts {
                tp: 2,
                fp: 1,
                fn_: 4
            }
        );
        assert_eq!(
            report.totals.edges,
            Counts {
                tp: 1,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(report.totals.calibration.buckets[2].edges, 1);
        assert_eq!(report.totals.calibration.buckets[5].correct, 1);
    }

    #[test]
    fn text_ends_with_the_summary_line() {
        let text = sample().to_text();
        assert_eq!(text.lines().last(), Some("edge_f1=0.500 entity_f1=0.444"));
        assert!(
            text.contains(
                "Pakistan -COMMITTED_TO-> mining   [from: Country:pakistan; to: unmatched]"
            ),
            "{text}"
        );
        assert!(
            text.contains("rule commit-verb, verb pledge, confidence 0.65; sentence 3: Pakistan pledged to deepen trade and energy."),
            "{text}"
        );
        assert!(
            text.contains("  [0.6, 0.7)        1        0     0.000"),
            "{text}"
        );
        assert!(text.lines().all(|line| !line.ends_with(' ')), "{text}");
    }

    #[test]
    fn json_has_articles_and_totals() {
        let mut out = Vec::new();
        sample().write_json(&mut out).unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(json["totals"]["edges"]["fn"], 1);
        assert_eq!(json["totals"]["by_type"]["COMMITTED_TO"]["tp"], 1);
        assert_eq!(json["totals"]["by_label"]["Sector"]["fn"], 3);
        assert_eq!(
            json["articles"][1]["spurious_edges"][0]["evidence"]["rule"],
            "commit-verb"
        );
        assert_eq!(json["articles"][1]["matches"][0]["kind"], "name");
        assert_eq!(
            json["totals"]["calibration"][0]["precision"],
            serde_json::Value::Null
        );
    }
}
