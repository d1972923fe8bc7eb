//! The `cpec-kg` command line (work in progress).

fn main() {}
