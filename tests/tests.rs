//! Integration tests of cpec-kg, one binary.

// Runs the `cpec-kg` binary on seeds/ and checks every output file.
mod cli;
// insta snapshots of each seed article's triples, one readable line each.
mod snapshots;
// The GEXF, DOT and reader round trips on the seeds, and `cpec-kg export`.
mod interop;
