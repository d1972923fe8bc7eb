//! Integration tests of cpec-kg, one binary.

// Runs the `cpec-kg` binary on seeds/ and checks every output file.
mod cli;
// schema/ontology.json agrees with Label::ALL, Relation::ALL, domain() and range().
mod schema;
// insta snapshots of each seed article's triples, one readable line each.
mod snapshots;
