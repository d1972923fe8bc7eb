//! Errors of the exporters and of the readers.

use std::io;

use cpec_model::Relation;

use crate::SpillError;

/// An exporter could not write its output.
///
/// Every failure of the underlying writer arrives as [`ExportError::Io`], with
/// its [`io::ErrorKind`] intact, whichever format was being written: a caller
/// can treat `BrokenPipe` as success in one place.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// The writer failed.
    #[error("cannot write the export: {0}")]
    Io(#[from] io::Error),
    /// The CSV encoder failed for a reason other than I/O.
    #[error("cannot encode CSV: {0}")]
    Csv(csv::Error),
    /// The JSON encoder failed for a reason other than I/O.
    #[error("cannot encode JSON: {0}")]
    Json(serde_json::Error),
    /// The evidence of a spilled graph could not be read back.
    #[error(transparent)]
    Spill(#[from] SpillError),
}

impl From<csv::Error> for ExportError {
    fn from(err: csv::Error) -> ExportError {
        if err.is_io_error() {
            match err.into_kind() {
                csv::ErrorKind::Io(io) => ExportError::Io(io),
                _ => unreachable!("is_io_error() promised an I/O error"),
            }
        } else {
            ExportError::Csv(err)
        }
    }
}

impl From<serde_json::Error> for ExportError {
    fn from(err: serde_json::Error) -> ExportError {
        if err.is_io() {
            ExportError::Io(err.into())
        } else {
            ExportError::Json(err)
        }
    }
}

/// Text that a reader ([`read_json`](crate::read_json),
/// [`read_graphml`](crate::read_graphml), [`read_gexf`](crate::read_gexf),
/// [`read_csv`](crate::read_csv)) cannot turn back into a graph.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReadError {
    /// The reader of the input failed.
    #[error("cannot read: {0}")]
    Io(#[from] io::Error),
    /// Not JSON, or not the shape `write_json` writes (the message has line and column).
    #[error("malformed graph JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// Not well-formed XML or CSV, or not the structure its writer writes:
    /// an element, attribute or column missing, a value that does not parse.
    #[error("malformed {format}: {message}")]
    Malformed {
        /// `GraphML`, `GEXF`, `nodes.csv` or `edges.csv`.
        format: &'static str,
        message: String,
    },
    /// The mentions read could not be sorted on disk.
    #[error(transparent)]
    Spill(#[from] SpillError),
    /// A node's `id` is not the id of its `label` and `name`.
    #[error("node id {id:?} does not match its label and name, which give {expected:?}")]
    NodeId { id: String, expected: String },
    /// An edge names a node that the file does not list.
    #[error("edge {from:?} -{relation}-> {to:?} names the unknown node {missing:?}")]
    UnknownNode {
        from: String,
        relation: Relation,
        to: String,
        missing: String,
    },
    /// The ontology does not allow this relationship type between these labels.
    #[error("the ontology does not allow {from:?} -{relation}-> {to:?}")]
    NotAllowed {
        from: String,
        relation: Relation,
        to: String,
    },
    /// An edge with an empty `evidence` list: every edge rests on at least one mention.
    #[error("edge {from:?} -{relation}-> {to:?} has no evidence")]
    NoEvidence {
        from: String,
        relation: Relation,
        to: String,
    },
}
