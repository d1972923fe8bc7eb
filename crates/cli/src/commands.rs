//! Subcommands: `build`, `extract`, `export`, `eval`.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand};
use cpec_extract::{ArticleInput, Extractor, Lexicon};
use cpec_graph::{DotOptions, KnowledgeGraph};
use cpec_model::{Date, Extraction};

use crate::input;

/// Turn Pakistan–China (CPEC) joint statements and news into a knowledge graph.
#[derive(Debug, Parser)]
#[command(name = "cpec-kg", version, about, long_about = None)]
pub(crate) struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the graph of some articles and write every export to a folder.
    #[command(
        after_help = "Examples:\n  cpec-kg build seeds --out out\n  cat article.txt | cpec-kg build - --out out --date 2025-02-06\n\n\
Writes graph.gexf + graph.graphml (Gephi), nodes.csv + edges.csv + import.cypher (Neo4j),\ngraph.dot (Graphviz), graph.json and triples.jsonl, then prints a summary."
    )]
    Build {
        #[command(flatten)]
        read: ReadArgs,
        /// Output folder (created if missing).
        #[arg(long, short, default_value = "out")]
        out: PathBuf,
    },
    /// Print the triples of some articles as JSON lines.
    #[command(
        after_help = "Examples:\n  cpec-kg extract seeds/002_ff9d479821ec2384.txt\n  cpec-kg extract seeds | grep COMMITTED_TO"
    )]
    Extract {
        #[command(flatten)]
        read: ReadArgs,
    },
    /// Build the graph of some articles and print it in one format.
    #[command(
        after_help = "Examples:\n  cpec-kg export --format dot seeds > graph.dot\n  cpec-kg export --format dot --top 40 seeds | dot -Tsvg -o seed-graph.svg\n  cpec-kg export --format gexf seeds > graph.gexf"
    )]
    Export {
        #[command(flatten)]
        read: ReadArgs,
        /// Output format.
        #[arg(long, short, value_enum)]
        format: Format,
        /// dot only: draw just this many best-connected nodes.
        #[arg(long)]
        top: Option<usize>,
    },
    /// Score extraction against gold annotations (format: schema/gold.schema.json).
    #[command(
        after_help = "Examples:\n  cpec-kg eval --gold ../shared/devgold seeds\n  cpec-kg eval --gold tests/corpus/gold tests/corpus --json\n\n\
The last line is `edge_f1=<x> entity_f1=<y>`."
    )]
    Eval {
        #[command(flatten)]
        read: ReadArgs,
        /// Folder of gold JSON files, one per article, named after it.
        #[arg(long)]
        gold: PathBuf,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
}

/// The formats of `cpec-kg export`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Format {
    Graphml,
    Gexf,
    Dot,
    Json,
    NodesCsv,
    EdgesCsv,
    Cypher,
}

impl Format {
    /// Writes `graph` in this format.
    fn write(self, graph: &KnowledgeGraph, top: Option<usize>, out: &mut dyn Write) -> Result<()> {
        match self {
            Format::Graphml => cpec_graph::write_graphml(graph, out)?,
            Format::Gexf => cpec_graph::write_gexf(graph, out)?,
            Format::Dot => cpec_graph::write_dot(graph, &DotOptions { top }, out)?,
            Format::Json => cpec_graph::write_json(graph, out)?,
            Format::NodesCsv => cpec_graph::write_nodes_csv(graph, out)?,
            Format::EdgesCsv => cpec_graph::write_edges_csv(graph, out)?,
            Format::Cypher => cpec_graph::write_cypher(graph, out)?,
        }
        Ok(())
    }
}

#[derive(Debug, Args)]
struct ReadArgs {
    /// Article files, folders (searched recursively for *.txt), or - for stdin.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Extra lexicon file(s) (format: crates/extract/lexicon/README.md).
    #[arg(long, value_name = "FILE")]
    lexicon: Vec<PathBuf>,
    /// Date of articles whose text gives none (YYYY-MM-DD).
    #[arg(long)]
    date: Option<Date>,
}

impl ReadArgs {
    fn extractor(&self) -> Result<Extractor> {
        let mut lexicon = Lexicon::builtin();
        for path in &self.lexicon {
            let text = fs::read_to_string(path)
                .with_context(|| format!("{}: cannot read lexicon", path.display()))?;
            lexicon.extend(Lexicon::parse(&path.display().to_string(), &text)?);
        }
        Ok(Extractor::new(lexicon))
    }

    /// Extracts every input, in order, calling `each` on the result.
    fn for_each(&self, mut each: impl FnMut(Extraction) -> Result<()>) -> Result<()> {
        let extractor = self.extractor()?;
        for path in input::collect(&self.inputs)? {
            let article = input::read(path.as_deref())?;
            let extraction = extractor.extract(&ArticleInput {
                id: &article.id,
                text: &article.text,
                path: article.path.as_deref(),
                date: self.date,
            });
            each(extraction)?;
        }
        Ok(())
    }
}

pub(crate) fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Build { read, out } => build(&read, &out),
        Command::Extract { read } => {
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            read.for_each(|extraction| {
                for triple in &extraction.triples {
                    serde_json::to_writer(&mut out, triple)?;
                    out.write_all(b"\n")?;
                }
                Ok(())
            })?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Export { read, format, top } => {
            let mut graph = KnowledgeGraph::new();
            read.for_each(|extraction| {
                graph.add_extraction(&extraction);
                Ok(())
            })?;
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            format.write(&graph, top, &mut out)?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval { read, gold, json } => eval(&read, &gold, json),
    }
}

fn build(read: &ReadArgs, out_dir: &Path) -> Result<ExitCode> {
    let mut graph = KnowledgeGraph::new();
    let mut triples = Vec::new();
    let (mut articles, mut sentences) = (0, 0);
    read.for_each(|extraction| {
        articles += 1;
        sentences += extraction.sentences;
        graph.add_extraction(&extraction);
        triples.extend(extraction.triples);
        Ok(())
    })?;
    fs::create_dir_all(out_dir)
        .with_context(|| format!("{}: cannot create output folder", out_dir.display()))?;
    for (name, format) in [
        ("graph.graphml", Format::Graphml),
        ("graph.gexf", Format::Gexf),
        ("graph.dot", Format::Dot),
        ("nodes.csv", Format::NodesCsv),
        ("edges.csv", Format::EdgesCsv),
        ("import.cypher", Format::Cypher),
        ("graph.json", Format::Json),
    ] {
        write_atomic(out_dir, name, |w| format.write(&graph, None, w))?;
    }
    write_atomic(out_dir, "triples.jsonl", |w| {
        for triple in &triples {
            serde_json::to_writer(&mut *w, triple)?;
            w.write_all(b"\n")?;
        }
        Ok(())
    })?;
    let mut summary = String::new();
    summary.push_str(&format!(
        "{articles} articles, {sentences} sentences, {} triples -> {} nodes, {} edges in {}\n",
        triples.len(),
        graph.node_count(),
        graph.edge_count(),
        out_dir.display()
    ));
    summary.push_str("nodes:");
    for (label, n) in graph.counts_by_label() {
        summary.push_str(&format!(" {label}={n}"));
    }
    summary.push_str("\nedges:");
    for (relation, n) in graph.counts_by_relation() {
        summary.push_str(&format!(" {relation}={n}"));
    }
    summary.push('\n');
    io::stdout().lock().write_all(summary.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// Writes `name` in `dir` through a temporary file renamed into place, so an
/// interrupted run never leaves a partial file.
fn write_atomic(
    dir: &Path,
    name: &str,
    write: impl FnOnce(&mut BufWriter<fs::File>) -> Result<()>,
) -> Result<()> {
    let target = dir.join(name);
    let temporary = dir.join(format!(".{name}.partial"));
    let result = (|| -> Result<()> {
        let mut file = BufWriter::new(fs::File::create(&temporary)?);
        write(&mut file)?;
        file.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        fs::rename(&temporary, &target)?;
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result.with_context(|| format!("{}: cannot write", target.display()))
}

fn eval(read: &ReadArgs, gold_dir: &Path, json: bool) -> Result<ExitCode> {
    let mut gold = BTreeMap::new();
    for entry in fs::read_dir(gold_dir)
        .with_context(|| format!("{}: cannot list gold folder", gold_dir.display()))?
    {
        let path = entry?.path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let text = fs::read_to_string(&path)
            .with_context(|| format!("{}: cannot read", path.display()))?;
        let article = cpec_eval::parse_gold(&text)
            .with_context(|| format!("{}: invalid gold file", path.display()))?;
        gold.insert(article.id().to_string(), article);
    }
    let mut scores = Vec::new();
    read.for_each(|extraction| {
        if let Some(g) = gold.get(&extraction.article.name) {
            scores.push(cpec_eval::score_article(g, &extraction));
        }
        Ok(())
    })?;
    if scores.is_empty() {
        bail!("no article matches a gold file in {}", gold_dir.display());
    }
    let report = cpec_eval::Report::new(scores);
    let mut out = io::stdout().lock();
    if json {
        report.write_json(&mut out)?;
        out.write_all(b"\n")?;
    } else {
        out.write_all(report.to_text().as_bytes())?;
        if !report.to_text().ends_with('\n') {
            out.write_all(b"\n")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
