//! One snapshot per seed article: its triples, one canonical line each.
//!
//! A wrong triple in a snapshot is a bug to fix in the extractor, not a fixture.

use std::fmt::Write;

use cpec_extract::{ArticleInput, Extractor};

/// The readable form of one article's extraction.
fn check(id: &str, text: &str) -> String {
    let extraction = Extractor::builtin().extract(&ArticleInput::new(id, text));
    let mut out = String::new();
    let date = extraction
        .article
        .date
        .map_or_else(|| "undated".to_string(), |d| d.to_string());
    writeln!(
        out,
        "article {id} ({date}), {} sentences",
        extraction.sentences
    )
    .unwrap();
    for triple in &extraction.triples {
        let e = &triple.evidence;
        writeln!(
            out,
            "s{:<3} {triple}  [{} {} {:.2}]",
            e.sentence, e.rule, e.verb, e.confidence
        )
        .unwrap();
    }
    out
}

#[test]
fn seed_triples() {
    insta::glob!("../seeds", "*.txt", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let id = path.file_stem().unwrap().to_string_lossy();
        insta::assert_snapshot!(check(&id, &text));
    });
}
