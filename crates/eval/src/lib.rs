//! Scoring against gold (work in progress).
