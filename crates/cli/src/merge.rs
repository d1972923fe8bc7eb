//! `cpec-kg merge`: partial results, from shards run anywhere, into one graph.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use cpec_graph::SpillingGraph;

use crate::commands::{Only, Output, graph_exports, summary};
use crate::output::Outputs;

/// Reads every part into one graph and writes the exports of `build`.
pub(crate) fn run(
    parts: &[PathBuf],
    out_dir: &Path,
    force: bool,
    quiet: bool,
    only: &Only,
) -> Result<ExitCode> {
    // The parts hold the graph's facts, not the articles these need.
    for (output, name) in [
        (Output::Triples, "triples"),
        (Output::Commitments, "commitments"),
    ] {
        if only.names(output) {
            bail!("merge writes the graph's exports; --only {name} is for build");
        }
    }
    let mut outputs = Outputs::check(out_dir, force)?;
    let scratch = outputs.scratch()?;
    let cannot_write = || format!("{}: cannot write", scratch.display());
    let mut graph = SpillingGraph::new(&scratch).with_context(cannot_write)?;
    let mut triples = 0;
    for part in parts {
        let name = part.display().to_string();
        let reader: Box<dyn BufRead> = if name == "-" {
            Box::new(BufReader::new(io::stdin().lock()))
        } else {
            let file = File::open(part).with_context(|| format!("{name}: cannot read"))?;
            Box::new(BufReader::with_capacity(1 << 20, file))
        };
        triples +=
            read_part(reader, &mut graph).with_context(|| format!("{name}: cannot merge"))?;
    }
    let graph = only.finish(graph).with_context(cannot_write)?;
    outputs.stage_all(graph_exports(&graph, only))?;
    let head = format!("{} parts, {triples} triples", parts.len());
    let printed = summary(&head, &graph, out_dir);
    // Its evidence files are in the scratch folder, which commit removes.
    drop(graph);
    outputs.commit()?;
    if !quiet {
        io::stdout().lock().write_all(printed.as_bytes())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Adds one part to `graph`: graph JSON (one object with `nodes`) is read
/// whole and merged; anything else is read as JSON lines, a line at a time.
/// Returns the number of triple lines.
fn read_part(mut reader: impl BufRead, graph: &mut SpillingGraph) -> Result<usize> {
    // A graph.json starts with `{` and a newline or `"nodes"`; a JSON line
    // starts with `{"subject"` or `{"article"`.
    let head = String::from_utf8_lossy(reader.fill_buf()?).into_owned();
    let body = head
        .trim_start()
        .strip_prefix('{')
        .unwrap_or("")
        .trim_start();
    if body.starts_with("\"nodes\"") || body.starts_with("\"edges\"") {
        let mut text = String::new();
        reader.read_to_string(&mut text)?;
        graph.merge(&cpec_graph::read_json(&text)?)?;
        return Ok(0);
    }
    Ok(cpec_graph::read_jsonl(reader, graph)?)
}

#[cfg(test)]
mod tests {
    use std::fs;

    use cpec_extract::{ArticleInput, Extractor, Lexicon};
    use cpec_graph::KnowledgeGraph;
    use cpec_model::Extraction;

    use super::*;
    use crate::corpus::Generator;

    /// The seeds and some generated articles, extracted.
    fn extractions() -> Vec<Extraction> {
        let extractor = Extractor::builtin();
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let mut paths: Vec<PathBuf> = fs::read_dir(seeds)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        let mut articles: Vec<(String, String)> = paths
            .iter()
            .map(|p| {
                let id = p.file_stem().unwrap().to_string_lossy().into_owned();
                (id, fs::read_to_string(p).unwrap())
            })
            .collect();
        let generator = Generator::new(&Lexicon::builtin(), 3);
        articles.extend((0..40).map(|i| {
            let a = generator.article(i);
            (a.id, a.text)
        }));
        articles
            .iter()
            .map(|(id, text)| extractor.extract(&ArticleInput::new(id, text)))
            .collect()
    }

    fn exports(graph: &KnowledgeGraph, name: &str) -> Vec<(String, Vec<u8>)> {
        let dir = std::env::temp_dir().join(format!("cpec-kg-merge-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let mut outputs = Outputs::check(&dir, false).unwrap();
        outputs
            .stage_all(graph_exports(graph, &Only::default()))
            .unwrap();
        outputs.commit().unwrap();
        let mut files: Vec<(String, Vec<u8>)> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| {
                let path = e.unwrap().path();
                (
                    path.file_name().unwrap().to_string_lossy().into_owned(),
                    fs::read(&path).unwrap(),
                )
            })
            .collect();
        files.sort();
        fs::remove_dir_all(&dir).unwrap();
        files
    }

    /// A part as `extract --jsonl` writes it, or as `build` writes graph.json.
    fn part(shard: &[&Extraction], as_graph: bool) -> Vec<u8> {
        let mut bytes = Vec::new();
        if as_graph {
            let graph: KnowledgeGraph = shard.iter().copied().collect();
            cpec_graph::write_json(&graph, &mut bytes).unwrap();
        } else {
            for extraction in shard {
                cpec_graph::write_extraction_jsonl(extraction, true, &mut bytes).unwrap();
            }
        }
        bytes
    }

    #[test]
    fn shard_then_merge_gives_the_exports_of_one_build() {
        let all = extractions();
        let whole: KnowledgeGraph = all.iter().collect();
        let expected = exports(&whole, "whole");
        assert_eq!(expected.len(), 7);
        // Several shardings: sizes, interleavings and orders of the parts, formats mixed.
        let mut state = 0x2545_f491_u64;
        let mut next = |n: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            ((state >> 33) as usize) % n
        };
        for (round, shards) in [1, 2, 3, 7, 45].into_iter().enumerate() {
            let mut parts: Vec<Vec<&Extraction>> = vec![Vec::new(); shards];
            for extraction in &all {
                parts[next(shards)].push(extraction);
            }
            let mut bytes: Vec<Vec<u8>> = parts
                .iter()
                .enumerate()
                .map(|(i, shard)| part(shard, (i + round) % 3 == 0))
                .collect();
            for i in (1..bytes.len()).rev() {
                bytes.swap(i, next(i + 1));
            }
            // As `merge` does: the mentions sorted on disk, in small runs.
            let scratch = tempfile::tempdir().unwrap();
            let mut merged = SpillingGraph::with_memory(scratch.path(), 1 << 12).unwrap();
            for b in &bytes {
                read_part(&b[..], &mut merged).unwrap();
            }
            let merged = merged.finish().unwrap();
            let mut in_memory = KnowledgeGraph::new();
            in_memory.merge(&merged).unwrap();
            assert!(in_memory == whole, "{shards} shards");
            let got = exports(&merged, &format!("shards-{shards}"));
            for ((name, want), (_, have)) in expected.iter().zip(&got) {
                assert!(want == have, "{name} differs after {shards} shards");
            }
        }
    }

    #[test]
    fn a_bad_line_names_its_number() {
        let scratch = tempfile::tempdir().unwrap();
        let mut graph = SpillingGraph::new(scratch.path()).unwrap();
        let err = read_part(&b"\n{\"nope\": 1}\n"[..], &mut graph).unwrap_err();
        assert!(format!("{err:#}").contains("line 2"), "{err:#}");
    }
}
