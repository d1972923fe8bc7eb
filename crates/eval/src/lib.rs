//! Scores cpec-kg extractions against gold annotations.
//!
//! # Brief overview
//!
//! A [`GoldArticle`] is one article's reference graph, read by [`parse_gold`]
//! from the format of `schema/gold.schema.json`. [`score_article`] compares it
//! with one article's [`Extraction`](cpec_model::Extraction): predicted nodes
//! are matched one to one to gold entities by [`normalize`]d names and aliases
//! (and, for Meetings, by [`meeting_jaccard`]), then entities and edges are
//! counted into an [`ArticleScore`] with what was missed and what was spurious.
//! A [`Report`] sums article scores (micro-average) and renders them as text
//! ([`Report::to_text`], ending in `edge_f1=… entity_f1=…`) or JSON.
//!
//! The scoring rules are those of the dev-gold README; nothing here reads files.
//!
//! ```
//! use cpec_eval::{Report, parse_gold, score_article};
//! use cpec_model::{Entity, EntityKey, Evidence, Extraction, Label, Relation, Span, Triple};
//!
//! let gold = parse_gold(r#"{
//!   "article": "000_demo.txt", "date": "2026-01-05",
//!   "entities": [
//!     {"label": "Official", "name": "Ishaq Dar", "aliases": ["Dar"]},
//!     {"label": "Meeting", "name": "7th Pakistan-China Foreign Ministers' Strategic Dialogue"}],
//!   "edges": [{"from": "Ishaq Dar", "type": "CO_CHAIRED",
//!              "to": "7th Pakistan-China Foreign Ministers' Strategic Dialogue"}]}"#)?;
//!
//! let evidence = Evidence {
//!     article: gold.id().into(), sentence: 0, span: Span::new(0, 60),
//!     text: "Dar co-chaired the seventh Strategic Dialogue of foreign ministers.".into(),
//!     verb: "co-chair".into(), rule: "co-chair".into(), date: None, meeting: None,
//!     confidence: 0.9,
//! };
//! let predicted = Extraction {
//!     article: Entity::new(Label::Article, gold.id()),
//!     sentences: 1,
//!     entities: vec![],
//!     triples: vec![Triple {
//!         subject: EntityKey::new(Label::Official, "Dar"),
//!         relation: Relation::CoChaired,
//!         // Matched by token-set Jaccard: "seventh" reads as 7.
//!         object: EntityKey::new(Label::Meeting, "Seventh Pakistan-China Strategic Dialogue of Foreign Ministers"),
//!         evidence,
//!     }],
//!     diagnostics: vec![],
//! };
//!
//! let report = Report::new(vec![score_article(&gold, &predicted)]);
//! assert_eq!(report.totals.edges.f1(), 1.0);
//! assert_eq!(report.to_text().lines().last(), Some("edge_f1=1.000 entity_f1=1.000"));
//! # Ok::<(), cpec_eval::GoldError>(())
//! ```

mod counts;
mod gold;
mod normalize;
mod report;
mod score;

pub use counts::{Bucket, Calibration, Counts, Scores};
pub use gold::{GoldArticle, GoldEdge, GoldEntity, GoldError, parse_gold};
pub use normalize::{meeting_jaccard, normalize};
pub use report::Report;
pub use score::{
    ArticleScore, EdgeEvidence, EntityMatch, GoldNode, MEETING_JACCARD, MatchKind, MissedEdge,
    PredictedNode, SpuriousEdge, score_article,
};
