//! Text to triples (work in progress).
