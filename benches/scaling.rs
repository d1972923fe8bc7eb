//! Extraction time at 1×, 10× and 100× of hostile inputs: a long sentence with
//! a long list, one long line without punctuation, many aliases, many officials
//! referred back to, and one article repeated; and the time to add to a graph
//! one fact mentioned 1×, 10× and 100× as often. Linear time shows as the same
//! throughput at each size.
//!
//!     CARGO_TARGET_DIR=… cargo bench --bench scaling
//!
//! No timing is asserted anywhere: read the throughput column.

use std::time::Duration;

use cpec_extract::{ArticleInput, Extractor, Lexicon};
use cpec_graph::KnowledgeGraph;
use criterion::measurement::WallTime;
use criterion::{
    BenchmarkGroup, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main,
};

const SCALES: [usize; 3] = [1, 10, 100];

/// One sentence listing `3 × 10 × scale` sectors (about 300 bytes at 1×).
fn long_list(scale: usize) -> String {
    format!(
        "Pakistan and China agreed to cooperate in {}and trade.",
        "agriculture, mining, energy, ".repeat(10 * scale)
    )
}

/// One line of words without sentence punctuation (about 54 KB at 1×, 5.4 MB at 100×).
fn long_line(scale: usize) -> String {
    "Pakistan China cooperation corridor Gwadar port talks ".repeat(1000 * scale)
}

/// `50 × scale` officials, each with three aliases, and a text naming each by an alias.
fn many_aliases(scale: usize) -> (Extractor, String) {
    generated(50 * scale, |i| {
        (
            format!(
                "Official | Zorba Quill{i} | Zorba Alias{i}; Z. Quill{i}; ZQ{i} | country=Pakistan\n"
            ),
            format!(
                "Zorba Alias{i} met Wang Yi in Beijing. ZQ{i} agreed to support the ML-1 railway.\n"
            ),
        )
    })
}

/// `200 × scale` officials the lexicon does not know, each introduced by a title
/// of their own (`Minister for Zone{i}`, a generated lexicon's), then named by
/// surname and pronoun, while an official introduced half the article before is
/// named by title alone: recency lookups over thousands of officials.
fn many_officials(scale: usize) -> (Extractor, String) {
    generated(200 * scale, |i| {
        (
            format!("Title | Minister for Zone{i} | | country=Pakistan\n"),
            format!(
                "Minister for Zone{i} Zorba Quill{i} met Wang Yi in Beijing. Quill{i} said he \
                 supported the ML-1 railway. The minister for zone{} agreed to expand trade. \
                 The two leaders discussed the railway.\n",
                i / 2
            ),
        )
    })
}

/// `n` generated (lexicon line, article line) pairs: an extractor knowing the
/// built-in lexicon and those lines, and the article.
fn generated(n: usize, line: impl Fn(usize) -> (String, String)) -> (Extractor, String) {
    let (lexicon, text): (String, String) = (0..n).map(line).unzip();
    let mut all = Lexicon::builtin();
    all.extend(Lexicon::parse("generated.lex", &lexicon).expect("well-formed"));
    (Extractor::new(all), text)
}

/// A seed article repeated `10 × scale` times in one text.
fn repeated(scale: usize) -> String {
    include_str!("../seeds/002_ff9d479821ec2384.txt").repeat(10 * scale)
}

/// A benchmark group of few samples: one run at 100× takes seconds.
fn group<'c>(c: &'c mut Criterion, name: &str) -> BenchmarkGroup<'c, WallTime> {
    let mut group = c.benchmark_group(name);
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(5));
    group
}

fn scaling(c: &mut Criterion) {
    let builtin = Extractor::builtin();
    let mut group = group(c, "extract");
    for scale in SCALES {
        let (aliased, aliases_text) = many_aliases(scale);
        let (titled, officials_text) = many_officials(scale);
        for (case, extractor, text) in [
            ("long_list", &builtin, long_list(scale)),
            ("long_line", &builtin, long_line(scale)),
            ("many_aliases", &aliased, aliases_text),
            ("many_officials", &titled, officials_text),
            ("repeated", &builtin, repeated(scale)),
        ] {
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(
                BenchmarkId::new(case, format!("{scale}x")),
                &text,
                |b, text| b.iter(|| extractor.extract(&ArticleInput::new("bench", text))),
            );
        }
    }
    group.finish();
}

/// One sentence repeated `200 × scale` times: two edges with that many mentions each.
fn repeated_fact(c: &mut Criterion) {
    let extractor = Extractor::builtin();
    let mut group = group(c, "graph");
    for scale in SCALES {
        let text = "Pakistan and China agreed to cooperate in energy.\n".repeat(200 * scale);
        let extraction = extractor.extract(&ArticleInput::new("bench", &text));
        group.throughput(Throughput::Elements(extraction.triples.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("repeated_fact", format!("{scale}x")),
            &extraction,
            |b, extraction| {
                b.iter(|| {
                    let mut graph = KnowledgeGraph::new();
                    graph.add_extraction(extraction);
                    graph
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, scaling, repeated_fact);
criterion_main!(benches);
