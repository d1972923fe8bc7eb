//! Integration tests of cpec-kg, one binary.

// Runs the `cpec-kg` binary on seeds/ and checks every output file.
mod cli;
// crates/extract/RULES.md has a section for exactly the rule ids in the extractor's sources.
mod rules_doc;
// schema/: ontology.json and the JSON Schemas agree with the Rust types, real output and gold files.
mod schema;
// insta snapshots of each seed article's triples, one readable line each.
mod snapshots;
// The GEXF, DOT and reader round trips on the seeds, and `cpec-kg export`.
mod interop;
// Dirty input (encodings, binary, HTML, huge, hostile names, links, pipes) and atomic outputs.
mod robustness;
// Commitments over time: constructed corpora with known timelines and diffs,
// `timeline`, `diff` and `build --reify`, and snapshots of the reports on seeds/.
mod commitments;
// The fuzz targets' checks (fuzz/src/lib.rs), bounded, on stable Rust.
mod fuzz;
// Generated articles: edges have evidence, ids are unique and stable, exports ignore order.
mod properties;
// The binary, the seeds and scratch folders, for the modules above.
mod support;
