//! The errors of this crate: a writer that fails, a topic that names nothing.

use std::io;

/// Why a report or an export could not be made.
///
/// Every failure of the underlying writer arrives as [`CommitmentError::Io`]
/// with its [`io::ErrorKind`] intact (JSON encoding errors included), so a
/// caller can treat `BrokenPipe` as success in one place.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CommitmentError {
    /// The writer failed.
    #[error("cannot write the report: {0}")]
    Io(#[from] io::Error),
    /// `--about` names no object of any commitment in the input.
    #[error(
        "no commitment in the input is to anything named {about:?}: give the name, an alias or the id of a project, sector, initiative or agreement (see commitments.csv)"
    )]
    UnknownTopic { about: String },
}
