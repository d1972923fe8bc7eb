//! Knowledge graph (work in progress).
