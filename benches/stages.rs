//! Criterion benchmarks of every stage, in MB/s and sentences/s, with the UAX #29 word-split floor.
//!
//! Two corpora: the five seed articles repeated, and articles from the
//! corpus generator (`cpec-kg gen`). Run with `cargo bench --bench stages`;
//! `cargo bench --bench stages -- extract` runs one group. The floor is the
//! time to split the same text into UAX #29 words and nothing else; the
//! README reports extraction as a multiple of it.

use std::hint::black_box;
use std::io;
use std::path::Path;
use std::time::Duration;

use cpec_extract::text::{split_sentences, tokenize};
use cpec_extract::{ArticleInput, Extractor, Gazetteer, Lexicon, mentions};
use cpec_graph::{DotOptions, KnowledgeGraph, SpillingGraph, TallyingGraph};
use cpec_model::Extraction;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use rayon::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

/// The allocator of the `cpec-kg` binary, so the figures are the CLI's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[allow(dead_code, unreachable_pub, unused_imports)]
#[path = "../crates/cli/src/corpus.rs"]
mod corpus;

/// About this many bytes of text per corpus.
const SIZE: usize = 1 << 20;

struct Corpus {
    name: &'static str,
    /// (id, text)
    articles: Vec<(String, String)>,
    bytes: u64,
    sentences: u64,
}

impl Corpus {
    fn new(name: &'static str, articles: Vec<(String, String)>) -> Corpus {
        let bytes = articles.iter().map(|(_, t)| t.len() as u64).sum();
        let sentences = articles
            .iter()
            .map(|(_, t)| split_sentences(t).0.len() as u64)
            .sum();
        Corpus {
            name,
            articles,
            bytes,
            sentences,
        }
    }

    fn extract(&self, extractor: &Extractor) -> Vec<Extraction> {
        self.articles
            .iter()
            .map(|(id, text)| extractor.extract(&ArticleInput::new(id, text)))
            .collect()
    }
}

fn corpora() -> Vec<Corpus> {
    let seeds_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut seeds: Vec<(String, String)> = std::fs::read_dir(seeds_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            let id = p.file_stem().unwrap().to_string_lossy().into_owned();
            (id, std::fs::read_to_string(p).unwrap())
        })
        .collect();
    seeds.sort();
    let mut repeated = Vec::new();
    let mut total = 0;
    for round in 0.. {
        for (id, text) in &seeds {
            repeated.push((format!("{id}-{round}"), text.clone()));
            total += text.len();
        }
        if total >= SIZE {
            break;
        }
    }
    let generator = corpus::Generator::new(&Lexicon::builtin(), 1);
    let mut generated = Vec::new();
    let mut total = 0;
    for i in 0.. {
        let article = generator.article(i);
        total += article.text.len();
        generated.push((article.id, article.text));
        if total >= SIZE {
            break;
        }
    }
    vec![
        Corpus::new("seeds", repeated),
        Corpus::new("generated", generated),
    ]
}

fn configure(c: &mut Criterion) -> Criterion {
    std::mem::take(c)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
}

/// The floor, and each extraction stage on its own, in MB/s.
fn stages(c: &mut Criterion) {
    let mut c = configure(c);
    let extractor = Extractor::builtin();
    let gazetteer = Gazetteer::new(Lexicon::builtin());
    let titles = mentions::Titles::new(&gazetteer);
    for corpus in corpora() {
        let mut group = c.benchmark_group(format!("stages/{}", corpus.name));
        group.throughput(Throughput::Bytes(corpus.bytes));
        group.bench_function("floor: UAX #29 words", |b| {
            b.iter(|| {
                corpus
                    .articles
                    .iter()
                    .map(|(_, t)| t.split_word_bounds().count())
                    .sum::<usize>()
            })
        });
        group.bench_function("sentences", |b| {
            b.iter(|| {
                corpus
                    .articles
                    .iter()
                    .map(|(_, t)| split_sentences(t).0.len())
                    .sum::<usize>()
            })
        });
        group.bench_function("sentences + tokens + mentions", |b| {
            b.iter(|| {
                let mut n = 0;
                for (_, text) in &corpus.articles {
                    let (sentences, _) = split_sentences(text);
                    let mut doc = mentions::Doc::new(&gazetteer, &titles);
                    for s in &sentences {
                        let tokens = tokenize(&text[s.span.start..s.span.end], s.span.start);
                        let body = s.kind == cpec_extract::text::SentenceKind::Body;
                        let analyzed =
                            mentions::analyze(&mut doc, s.index, s.span, body, text, tokens);
                        n += analyzed.mentions.len();
                    }
                }
                n
            })
        });
        group.bench_function("triples (whole extraction)", |b| {
            b.iter(|| black_box(corpus.extract(&extractor)))
        });
        group.finish();

        let mut group = c.benchmark_group(format!("sentences-per-second/{}", corpus.name));
        group.throughput(Throughput::Elements(corpus.sentences));
        group.bench_function("triples (whole extraction)", |b| {
            b.iter(|| black_box(corpus.extract(&extractor)))
        });
        group.finish();
    }
}

/// Extraction on a pool of 1 and 2 threads, in input order (what `build` does).
fn threads(c: &mut Criterion) {
    let mut c = configure(c);
    let extractor = Extractor::builtin();
    for corpus in corpora() {
        let mut group = c.benchmark_group(format!("threads/{}", corpus.name));
        group.throughput(Throughput::Bytes(corpus.bytes));
        for n in [1, 2] {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .unwrap();
            group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
                b.iter(|| {
                    pool.install(|| {
                        corpus
                            .articles
                            .par_iter()
                            .map(|(id, text)| extractor.extract(&ArticleInput::new(id, text)))
                            .collect::<Vec<_>>()
                    })
                })
            });
        }
        group.finish();
    }
}

/// Graph merge and every exporter, on the generated corpus's graph.
fn graph(c: &mut Criterion) {
    let mut c = configure(c);
    let extractor = Extractor::builtin();
    let corpus = corpora().pop().unwrap();
    let extractions = corpus.extract(&extractor);
    let mut group = c.benchmark_group("graph");
    group.throughput(Throughput::Bytes(corpus.bytes));
    group.bench_function("add_extraction (all articles)", |b| {
        b.iter(|| extractions.iter().collect::<KnowledgeGraph>())
    });
    let (left, right) = extractions.split_at(extractions.len() / 2);
    let (left, right): (KnowledgeGraph, KnowledgeGraph) =
        (left.iter().collect(), right.iter().collect());
    group.bench_function("merge (two halves)", |b| {
        b.iter(|| {
            let mut merged = left.clone();
            merged.merge(&right).expect("an in-memory graph");
            merged
        })
    });
    // As `build` makes it: the mentions sorted on disk, then merged.
    let scratch = tempfile::tempdir().expect("a temporary folder");
    let spill = || {
        let mut graph = SpillingGraph::new(scratch.path()).expect("a sort");
        for extraction in &extractions {
            graph.add_extraction(extraction).expect("room on disk");
        }
        graph.finish().expect("room on disk")
    };
    group.bench_function("spill: add_extraction + finish (all articles)", |b| {
        b.iter(spill)
    });
    // As `build` makes it without graph.json: each edge tallied.
    let tally = || {
        let mut graph = TallyingGraph::new(scratch.path()).expect("a work file");
        for extraction in &extractions {
            graph
                .add_extraction(extraction)
                .expect("articles read once");
        }
        graph.finish().expect("room on disk")
    };
    group.bench_function("tally: add_extraction + finish (all articles)", |b| {
        b.iter(tally)
    });
    group.finish();

    let graph: KnowledgeGraph = extractions.iter().collect();
    let spilled = spill();
    let tallied = tally();
    let mut group = c.benchmark_group("export");
    type Writer = fn(&KnowledgeGraph, &mut Vec<u8>) -> Result<(), cpec_graph::ExportError>;
    let writers: [(&str, Writer); 7] = [
        ("graphml", |g, w| cpec_graph::write_graphml(g, w)),
        ("gexf", |g, w| cpec_graph::write_gexf(g, w)),
        ("dot", |g, w| {
            cpec_graph::write_dot(g, &DotOptions::default(), w)
        }),
        ("nodes.csv", |g, w| cpec_graph::write_nodes_csv(g, w)),
        ("edges.csv", |g, w| cpec_graph::write_edges_csv(g, w)),
        ("cypher", |g, w| cpec_graph::write_cypher(g, w)),
        ("json", |g, w| cpec_graph::write_json(g, w)),
    ];
    for (name, write) in writers {
        // In memory, read back from disk as `build` writes them, and
        // from the tallies (all but graph.json, which needs every mention).
        let tallied = (name != "json").then(|| (&tallied, format!("{name} (tallied)")));
        for (graph, name) in [
            (&graph, name.to_string()),
            (&spilled, format!("{name} (spilled)")),
        ]
        .into_iter()
        .chain(tallied)
        {
            let mut out = Vec::new();
            write(graph, &mut out).unwrap();
            // Throughput in bytes written.
            group.throughput(Throughput::Bytes(out.len() as u64));
            group.bench_function(name, |b| {
                b.iter(|| {
                    out.clear();
                    write(graph, &mut out).unwrap();
                })
            });
        }
    }
    group.finish();
}

/// Text to every export, as `build` does on one thread; and startup.
fn end_to_end(c: &mut Criterion) {
    let mut c = configure(c);
    let extractor = Extractor::builtin();
    for corpus in corpora() {
        let mut group = c.benchmark_group(format!("end-to-end/{}", corpus.name));
        group.throughput(Throughput::Bytes(corpus.bytes));
        let scratch = tempfile::tempdir().expect("a temporary folder");
        group.bench_function("build", |b| {
            b.iter(|| {
                let mut graph = SpillingGraph::new(scratch.path()).unwrap();
                let mut sink = io::sink();
                for (id, text) in &corpus.articles {
                    let extraction = extractor.extract(&ArticleInput::new(id, text));
                    cpec_graph::write_triples_jsonl(&extraction.triples, &mut sink).unwrap();
                    graph.add_extraction(&extraction).unwrap();
                }
                let graph = graph.finish().unwrap();
                cpec_graph::write_graphml(&graph, &mut sink).unwrap();
                cpec_graph::write_gexf(&graph, &mut sink).unwrap();
                cpec_graph::write_dot(&graph, &DotOptions::default(), &mut sink).unwrap();
                cpec_graph::write_nodes_csv(&graph, &mut sink).unwrap();
                cpec_graph::write_edges_csv(&graph, &mut sink).unwrap();
                cpec_graph::write_cypher(&graph, &mut sink).unwrap();
                cpec_graph::write_json(&graph, &mut sink).unwrap();
            })
        });
        group.finish();
    }
    let mut group = c.benchmark_group("startup");
    group.bench_function("Extractor::builtin (lexicon + name table)", |b| {
        b.iter(Extractor::builtin)
    });
    group.finish();
}

criterion_group!(benches, stages, threads, graph, end_to_end);
criterion_main!(benches);
