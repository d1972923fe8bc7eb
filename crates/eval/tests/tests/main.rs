//! Integration tests of cpec-eval: one binary, `tests` (cargo builds `tests/tests/main.rs`).

// Shared helpers: paths and a perfect prediction built from gold.
mod util;

// The five dev-gold files: they parse, and scoring their own graph is perfect.
mod devgold;
// schema/gold.schema.json agrees with the model's vocabulary and the gold files.
mod schema;
