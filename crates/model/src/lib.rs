//! The data model shared by every stage of cpec-kg.
//!
//! # Brief overview
//!
//! The ontology of `schema/ontology.json` is a closed vocabulary: [`Label`]
//! names the kinds of node and [`Relation`] the kinds of edge, each with the
//! export name users query (`as_str`). Extraction produces, per article, an
//! [`Extraction`]: the [`Entity`] records it found (canonical name, aliases,
//! attributes) and the [`Triple`]s between them, each with the [`Evidence`]
//! that supports it. The graph crate merges extractions; nothing here does I/O.
//!
//! ```
//! use cpec_model::{EntityKey, Label, Relation};
//!
//! let port = EntityKey::new(Label::Project, "Gwadar Port");
//! assert_eq!(port.id(), "Project:gwadar-port");
//! assert_eq!(Relation::CommittedTo.as_str(), "COMMITTED_TO");
//! assert!(Relation::CommittedTo.allows(Label::Country, Label::Project));
//! ```

mod date;
mod entity;
mod span;
mod triple;
mod vocab;

pub use date::Date;
pub use entity::{Entity, EntityKey, slug};
pub use span::Span;
pub use triple::{Diagnostic, Evidence, Extraction, Triple};
pub use vocab::{Label, Relation, UnknownName};
