//! Commitments over time: what was promised, when, how often, and what changed.
//!
//! # Brief overview
//!
//! A [`Ledger`] reads [`Extraction`](cpec_model::Extraction)s
//! ([`Ledger::add`]) and keeps every `COMMITTED_TO` and `SIGNED` edge as a
//! [`Mention`]: who, to what, its [`Kind`] (agreement, pledge,
//! reaffirmation, signature…), [`When`] it was said and at which meeting,
//! the amounts, quantities and stages its sentence writes about the object
//! ([`Figures`]), and the sentence. [`Ledger::commitments`] groups the
//! mentions per (party, object) into [`Commitment`]s, each with a stable id,
//! its first and last date and its evidence. Three views read a ledger:
//!
//! - [`write_commitments_csv`] and [`write_commitments_jsonl`] (and, for
//!   Neo4j, [`write_commitment_nodes_csv`], [`write_commitment_edges_csv`],
//!   [`write_commitments_cypher`]);
//! - [`Timeline`]: per project, sector, initiative or agreement, every
//!   statement in date order, as Markdown or CSV;
//! - [`Diff`]: two ledgers compared, commitments new, reaffirmed and no
//!   longer mentioned, as Markdown, CSV or JSON.
//!
//! Dates: a mention is dated by its sentence's own past-time words ("on
//! Wednesday", "last month", counted from the article's date), else by its
//! meeting's days (from the extractor, or "from February 4 to 8" in a
//! sentence naming the meeting), else by the article's date. Otherwise it is
//! undated, and every report says so: nothing is dated by the clock.
//!
//! Nothing here reads files: writers take any [`std::io::Write`], and the
//! same ledger always gives the same bytes.
//!
//! ```
//! use cpec_commitments::{Ledger, Timeline};
//! use cpec_model::{Entity, EntityKey, Evidence, Extraction, Label, Relation, Span, Triple};
//!
//! let text = "Pakistan and China on Wednesday agreed to upgrade the 1,733 km ML-1 railway.";
//! let mut article = Entity::new(Label::Article, "a1");
//! article.date = "2025-02-06".parse().ok();
//! let mut ml1 = Entity::new(Label::Project, "ML-1 railway");
//! ml1.add_alias("ML-1");
//! let triple = |party: &str| Triple {
//!     subject: EntityKey::new(Label::Country, party),
//!     relation: Relation::CommittedTo,
//!     object: ml1.key(),
//!     evidence: Evidence {
//!         article: "a1".into(), sentence: 0, span: Span::new(0, text.len()), text: text.into(),
//!         verb: "agree".into(), rule: "commit.cue".into(), date: article.date,
//!         meeting: None, confidence: 0.9,
//!     },
//! };
//! let extraction = Extraction {
//!     article: article.clone(), sentences: 1, entities: vec![ml1.clone()],
//!     triples: vec![triple("Pakistan"), triple("China")], diagnostics: vec![],
//! };
//!
//! let mut ledger = Ledger::new();
//! ledger.add(&extraction);
//! let commitments = ledger.commitments();
//! assert_eq!(commitments[0].id, "Commitment:country-china--project-ml-1-railway");
//! assert_eq!(commitments[0].quantities[0].to_string(), "1733 km");
//! // "on Wednesday", counted from Thursday 6 February.
//! assert_eq!(commitments[0].first_seen.unwrap().to_string(), "2025-02-05");
//!
//! let mut report = Vec::new();
//! Timeline::new(&ledger, &["ML-1".to_string()])?.write_markdown(&mut report)?;
//! assert!(String::from_utf8(report)?.contains("- **2025-02-05** (“on Wednesday”) · China, Pakistan: agreement (agree)"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod diff;
mod error;
mod export;
mod figures;
mod kind;
mod ledger;
mod spill;
mod text;
mod timeline;
mod when;

pub use diff::{Change, DIFF_HEADER, Diff, Status};
pub use error::CommitmentError;
pub use export::{
    COMMITMENT_EDGE_HEADER, COMMITMENT_NODE_HEADER, COMMITMENTS_HEADER, write_commitment_edges_csv,
    write_commitment_nodes_csv, write_commitments_csv, write_commitments_cypher,
    write_commitments_jsonl,
};
pub use figures::{Amount, Figures, Quantity, Stage, figures_of};
pub use kind::Kind;
pub use ledger::{ArticleCommitments, ArticleInfo, Commitment, Ledger, MeetingRef, Mention};
pub use spill::{SpilledLedger, SpillingLedger};
pub use timeline::{Entry, TIMELINE_HEADER, Timeline, Topic};
pub use when::{Basis, When, date_range, sentence_date};
