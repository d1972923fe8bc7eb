//! Triples, the evidence behind each, and one article's extraction result.

use std::fmt;
use std::sync::Arc;

use crate::{Date, Entity, EntityKey, Relation, Span};

/// Where a triple was read and how sure the extractor is of it.
///
/// These are the ontology's "properties on every edge". The strings are
/// shared: the triples of one sentence hold one copy of its text, those of
/// one article one copy of its id, so a graph of millions of mentions keeps
/// each sentence once.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Evidence {
    /// Id of the article (its file stem).
    pub article: Arc<str>,
    /// 0-based index of the sentence in the article.
    pub sentence: usize,
    /// Byte offsets of the sentence in the article text.
    pub span: Span,
    /// The sentence text.
    #[cfg_attr(feature = "serde", serde(rename = "evidence"))]
    pub text: Arc<str>,
    /// Lemma of the cue that fired: `agree`, `pledge`, `co-chair`…
    pub verb: Arc<str>,
    /// Id of the extraction rule that fired (documented in `crates/extract/RULES.md`).
    pub rule: Arc<str>,
    /// ISO date the statement was made, when known.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub date: Option<Date>,
    /// Node id of the Meeting in whose context it was said, when known.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub meeting: Option<Arc<str>>,
    /// 0.0 to 1.0.
    pub confidence: f64,
}

/// One statement: subject, relationship type, object, with its evidence.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Triple {
    pub subject: EntityKey,
    pub relation: Relation,
    pub object: EntityKey,
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub evidence: Evidence,
}

/// One canonical line: `Pakistan (Country) -COMMITTED_TO-> Gwadar Port (Project)`.
impl fmt::Display for Triple {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} -{}-> {}", self.subject, self.relation, self.object)
    }
}

/// Something extraction noticed but could not use; never an error.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Diagnostic {
    pub span: Span,
    pub message: String,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Extraction {
    /// The Article node (`name` is the article id).
    pub article: Entity,
    /// Number of sentences read, headline included.
    pub sentences: usize,
    /// Every entity mentioned, once, with the aliases seen in this article.
    pub entities: Vec<Entity>,
    pub triples: Vec<Triple>,
    pub diagnostics: Vec<Diagnostic>,
}
