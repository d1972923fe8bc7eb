//! Subcommands: `build`, `extract`, `export`, `eval`, `merge`, `gen`, `timeline`, `diff`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use cpec_commitments::{
    ArticleCommitments, Commitment, Diff, Ledger, SpilledLedger, SpillingLedger, Timeline,
};
use cpec_extract::{ArticleInput, Extractor, Lexicon};
use cpec_graph::{DotOptions, KnowledgeGraph, SpillError, SpillingGraph, TallyingGraph};
use cpec_model::{Date, Extraction};

use crate::corpus;
use crate::decode::{self, DecodeError};
use crate::input::{self, InputFormat};
use crate::output::{Outputs, Writer};
use crate::pipeline::{self, RunArgs};
use crate::problem::{Extracted, Report, Skipped};

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
Writes graph.gexf + graph.graphml (Gephi), nodes.csv + edges.csv + import.cypher (Neo4j),\ngraph.dot (Graphviz), graph.json and triples.jsonl, commitments.csv + commitments.jsonl,\nthen prints a summary. --only writes fewer, sooner: cpec-kg build --only neo4j,graphml corpus"
    )]
    Build {
        #[command(flatten)]
        read: ReadArgs,
        /// Output folder (created if missing).
        #[arg(long, short, default_value = "out")]
        out: PathBuf,
        /// Replace the outputs in an output folder that is not empty.
        #[arg(long)]
        force: bool,
        /// Also write Commitment nodes for Neo4j: commitment_nodes.csv,
        /// commitment_edges.csv and commitments.cypher.
        #[arg(long)]
        reify: bool,
        #[command(flatten)]
        only: Only,
    },
    /// Print the triples of some articles as JSON lines.
    #[command(
        after_help = "Examples:\n  cpec-kg extract seeds/002_ff9d479821ec2384.txt\n  cpec-kg extract seeds | grep COMMITTED_TO"
    )]
    Extract {
        #[command(flatten)]
        read: ReadArgs,
        /// Before each article's triples, a line with its nodes, for `cpec-kg merge`
        /// (implied by --jsonl).
        #[arg(long)]
        entities: bool,
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
    /// Combine partial results (graph.json files, `extract --jsonl` output) into one graph.
    #[command(
        after_help = "Examples:\n  cpec-kg merge shard-*/graph.json --out out\n  cpec-kg merge part-00000 part-00001 --out out\n\n\
Reads graph JSON (graph.json of `build` or `merge`) or JSON lines (`extract --jsonl`, or\n`extract --entities`), in any number and order, and writes every graph export of `build`\n(all but triples.jsonl): the same bytes as one `build` over all the articles."
    )]
    Merge {
        /// Partial results: graph JSON or JSON lines files, or - for stdin.
        #[arg(required = true)]
        parts: Vec<PathBuf>,
        /// Output folder (created if missing).
        #[arg(long, short, default_value = "out")]
        out: PathBuf,
        /// Replace the outputs in an output folder that is not empty.
        #[arg(long)]
        force: bool,
        /// No summary.
        #[arg(long, short)]
        quiet: bool,
        #[command(flatten)]
        only: Only,
    },
    /// Generate a synthetic corpus of CPEC news articles of any size, deterministically.
    #[command(
        after_help = "Examples:\n  cpec-kg gen --size 200M --out corpus\n  cpec-kg gen --size 1G --jsonl > corpus.jsonl\n\n\
Articles are drawn from templates and the built-in lexicon (officials, meetings, projects,\nsectors, places, dates); the same --seed and --size give the same bytes."
    )]
    Gen {
        /// Approximate total size of the article texts (K, M or G: powers of 1024).
        #[arg(long, value_parser = corpus::parse_size)]
        size: u64,
        /// Folder to write articles into, 1,000 a subfolder.
        #[arg(long, short, required_unless_present = "jsonl")]
        out: Option<PathBuf>,
        /// Write JSON lines {"id","text","date"} on stdout instead (input of --jsonl).
        #[arg(long, conflicts_with = "out")]
        jsonl: bool,
        /// Which corpus: another seed gives other articles.
        #[arg(long, default_value_t = 1)]
        seed: u64,
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
    /// Print, per project, sector, initiative or agreement, every commitment statement in date order.
    #[command(
        after_help = "Examples:\n  cpec-kg timeline seeds\n  cpec-kg timeline seeds --about CPEC --about \"Gwadar Port\"\n  cpec-kg timeline seeds --format csv > timeline.csv\n\n\
Each statement: date (or \"undated\"), meeting, parties, kind (agreement, pledge,\nreaffirmation, signature, readiness…) with the verb, amounts and stages, and the sentence."
    )]
    Timeline {
        #[command(flatten)]
        read: ReadArgs,
        /// Only this project, sector, initiative or agreement (name, alias or id; repeatable).
        #[arg(long, value_name = "NAME")]
        about: Vec<String>,
        /// Markdown for people, CSV for spreadsheets.
        #[arg(long, short, value_enum, default_value = "md")]
        format: TimelineFormat,
    },
    /// Compare the commitments of OLD with those of NEW: new, reaffirmed, no longer mentioned.
    #[command(
        after_help = "OLD is one article or folder; NEW is every INPUT after it.\n\n\
Examples:\n  cpec-kg diff seeds/003_737092a51a4e66d4.txt seeds/000_63eb1184c8b0a74b.txt seeds/001_e1c8733ff6907eb0.txt\n  cpec-kg diff corpus/2024 corpus/2025 --format csv > changes.csv"
    )]
    Diff {
        /// The older article, or a folder of them.
        #[arg(value_name = "OLD")]
        old: PathBuf,
        #[command(flatten)]
        read: ReadArgs,
        /// Markdown for people, CSV for spreadsheets, JSON for programs.
        #[arg(long, short, value_enum, default_value = "md")]
        format: DiffFormat,
    },
}

/// The formats of `cpec-kg timeline`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum TimelineFormat {
    Md,
    Csv,
}

/// The formats of `cpec-kg diff`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum DiffFormat {
    Md,
    Csv,
    Json,
}

/// The outputs of `build` and `merge`, as `--only` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Output {
    /// graph.graphml (Gephi, yEd, networkx).
    Graphml,
    /// graph.gexf (Gephi).
    Gexf,
    /// nodes.csv, edges.csv and import.cypher (neo4j-admin import).
    Neo4j,
    /// graph.dot (Graphviz).
    Dot,
    /// graph.json: every edge with all its evidence.
    Json,
    /// triples.jsonl: every mention of every fact (build only).
    Triples,
    /// commitments.csv and commitments.jsonl (build only).
    Commitments,
}

/// Which outputs to write: all of them unless `--only` names some.
#[derive(Debug, Clone, Default, Args)]
pub(crate) struct Only {
    /// Write only these outputs (comma-separated or repeated); the work
    /// that only the others need is skipped.
    #[arg(long, value_enum, value_delimiter = ',', value_name = "OUTPUT")]
    only: Vec<Output>,
}

impl Only {
    pub(crate) fn has(&self, output: Output) -> bool {
        self.only.is_empty() || self.names(output)
    }

    /// Whether `--only` names `output` itself.
    pub(crate) fn names(&self, output: Output) -> bool {
        self.only.contains(&output)
    }

    /// Finishes `graph`, keeping every mention only for graph.json, the
    /// one export that reads them all back.
    pub(crate) fn finish(&self, graph: SpillingGraph) -> Result<KnowledgeGraph, SpillError> {
        if self.has(Output::Json) {
            graph.finish()
        } else {
            graph.finish_flat()
        }
    }

    /// Whether any graph export is wanted, so the graph must be built.
    fn has_graph(&self) -> bool {
        GRAPH_EXPORTS.iter().any(|&(_, _, output)| self.has(output))
    }

    /// The graph `build` fills: every mention sorted on disk in `scratch`
    /// for graph.json, else only each edge's tally, in memory.
    fn new_graph(&self, scratch: &Path) -> Result<BuildGraph, SpillError> {
        Ok(if self.has(Output::Json) {
            BuildGraph::Spilling(SpillingGraph::new(scratch)?)
        } else {
            BuildGraph::Tallying(TallyingGraph::new(scratch)?)
        })
    }
}

/// The graph of `build`, filled an article at a time.
enum BuildGraph {
    Spilling(SpillingGraph),
    Tallying(TallyingGraph),
}

impl BuildGraph {
    fn add_extraction(&mut self, extraction: &Extraction) -> Result<()> {
        match self {
            BuildGraph::Spilling(graph) => graph.add_extraction(extraction)?,
            BuildGraph::Tallying(graph) => graph.add_extraction(extraction)?,
        }
        Ok(())
    }

    fn finish(self) -> Result<KnowledgeGraph, SpillError> {
        match self {
            BuildGraph::Spilling(graph) => graph.finish(),
            BuildGraph::Tallying(graph) => graph.finish(),
        }
    }
}

/// The graph's exports: file, format and the `--only` name that selects it.
const GRAPH_EXPORTS: [(&str, Format, Output); 7] = [
    ("graph.json", Format::Json, Output::Json),
    ("graph.gexf", Format::Gexf, Output::Gexf),
    ("graph.graphml", Format::Graphml, Output::Graphml),
    ("edges.csv", Format::EdgesCsv, Output::Neo4j),
    ("graph.dot", Format::Dot, Output::Dot),
    ("nodes.csv", Format::NodesCsv, Output::Neo4j),
    ("import.cypher", Format::Cypher, Output::Neo4j),
];

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
    /// Article files, folders (searched recursively for *.txt, and *.html/*.htm
    /// with --format html or auto), or - for stdin.
    #[arg(required_unless_present = "jsonl")]
    inputs: Vec<PathBuf>,
    /// How to read inputs (build, extract and eval also take --format).
    #[arg(long, value_enum, default_value_t)]
    input_format: InputFormat,
    /// Read articles as JSON lines {"id","text","date"?} from stdin instead.
    #[arg(long, conflicts_with = "inputs")]
    jsonl: bool,
    #[command(flatten)]
    run: RunArgs,
    /// Replace bytes that are not valid UTF-8 (or UTF-16) with U+FFFD instead of skipping the file.
    #[arg(long)]
    lossy: bool,
    /// Stop at the first input that cannot be read (exit code 2) instead of skipping it.
    #[arg(long)]
    strict: bool,
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
            let bytes = fs::read(path)
                .with_context(|| format!("{}: cannot read lexicon", path.display()))?;
            // A lexicon is configuration: any problem but emptiness is fatal.
            let text = match decode::decode(bytes, false) {
                Ok(text) => text,
                Err(DecodeError::Empty | DecodeError::Blank) => String::new(),
                Err(problem) => bail!("{}: {problem}", path.display()),
            };
            lexicon.extend(Lexicon::parse(&path.display().to_string(), &text)?);
        }
        Ok(Extractor::new(lexicon))
    }

    /// Extracts every input, in order, calling `each` on the result.
    fn for_each(&self, each: impl FnMut(Extraction) -> Result<()>) -> Result<Report> {
        self.for_each_mapped(Ok, each)
    }

    /// Reads and extracts the inputs on the worker threads, where `map` turns
    /// each extraction into what `each` takes; `each` gets them in input order.
    /// Inputs that cannot be read are skipped into the returned report (with
    /// `--strict`, the first one is an error); none read at all is an error.
    fn for_each_mapped<T: Send>(
        &self,
        map: impl Fn(Extraction) -> Result<T> + Sync,
        mut each: impl FnMut(T) -> Result<()>,
    ) -> Result<Report> {
        let extractor = self.extractor()?;
        let mut report = Report::new(self.strict);
        let sources = if self.jsonl {
            Vec::new()
        } else {
            input::collect(&self.inputs, self.input_format, &mut report)?
        };
        let mut take = |outcome: Result<Extracted<T>, Skipped>| report.take(outcome, &mut each);
        if self.jsonl {
            let stdin = io::stdin();
            pipeline::extract_jsonl(&extractor, &self.run, stdin.lock(), self.date, map, take)?;
        } else {
            let progress = self.run.progress(Some(sources.len() as u64));
            let result = pipeline::ordered(
                &self.run.pool()?,
                sources.into_iter(),
                |source| {
                    let article = match input::read(&source, self.input_format, self.lossy) {
                        Ok(article) => article,
                        Err(problem) => return Ok(Err(Skipped::new(&source, problem))),
                    };
                    let input = ArticleInput {
                        id: &article.id,
                        text: &article.text,
                        path: article.path.as_deref(),
                        date: self.date,
                    };
                    pipeline::extract(&extractor, &input, &source, &map)
                },
                |result| {
                    progress.inc(1);
                    take(result?)
                },
            );
            progress.finish_and_clear();
            result?;
        }
        report.check_some_read()?;
        Ok(report)
    }
}

/// Parses the command line. `--format` is also the input format's name in
/// the commands that have no output format.
pub(crate) fn parse() -> Cli {
    let mut command = Cli::command();
    for name in ["build", "extract", "eval"] {
        command = command.mut_subcommand(name, |c| {
            c.mut_arg("input_format", |a| a.visible_alias("format"))
        });
    }
    Cli::from_arg_matches(&command.get_matches()).unwrap_or_else(|e| e.exit())
}

pub(crate) fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Build {
            read,
            out,
            force,
            reify,
            only,
        } => build(&read, &out, force, reify, &only),
        Command::Extract { read, entities } => {
            let entities = entities || read.jsonl;
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            let report = read.for_each_mapped(
                |extraction| {
                    let mut lines = Vec::with_capacity(512 * extraction.triples.len());
                    cpec_graph::write_extraction_jsonl(&extraction, entities, &mut lines)?;
                    Ok(lines)
                },
                // A map step's consumer may be waiting: every article goes out whole, at once.
                |lines| Ok(out.write_all(&lines)?),
            )?;
            out.flush()?;
            report.finish()
        }
        Command::Merge {
            parts,
            out,
            force,
            quiet,
            only,
        } => crate::merge::run(&parts, &out, force, quiet, &only),
        Command::Gen {
            size,
            out,
            jsonl,
            seed,
        } => corpus::run(size, out.as_deref().filter(|_| !jsonl), seed),
        Command::Export { read, format, top } => {
            let mut graph = KnowledgeGraph::new();
            let report = read.for_each(|extraction| {
                graph.add_extraction(&extraction);
                Ok(())
            })?;
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            format.write(&graph, top, &mut out)?;
            out.flush()?;
            report.finish()
        }
        Command::Eval { read, gold, json } => eval(&read, &gold, json),
        Command::Timeline {
            read,
            about,
            format,
        } => {
            let mut ledger = Ledger::new();
            let report = read.for_each(|extraction| {
                ledger.add(&extraction);
                Ok(())
            })?;
            let timeline = Timeline::new(&ledger, &about)?;
            let mut out = BufWriter::new(io::stdout().lock());
            match format {
                TimelineFormat::Md => timeline.write_markdown(&mut out)?,
                TimelineFormat::Csv => timeline.write_csv(&mut out)?,
            }
            out.flush()?;
            report.finish()
        }
        Command::Diff {
            old,
            mut read,
            format,
        } => {
            if read.jsonl {
                bail!("diff reads OLD and NEW from files or folders, not from --jsonl");
            }
            // One pass over OLD then NEW; OLD's articles are known by their
            // paths, since some of them may be skipped.
            let old_paths: BTreeSet<String> = input::collect(
                std::slice::from_ref(&old),
                read.input_format,
                &mut Report::new(false),
            )?
            .iter()
            .map(ToString::to_string)
            .collect();
            let old_stdin = old.as_os_str() == "-";
            read.inputs.insert(0, old);
            let (mut before, mut after) = (Ledger::new(), Ledger::new());
            let report = read.for_each(|extraction| {
                let is_old = match &extraction.article.path {
                    Some(path) => old_paths.contains(path),
                    None => old_stdin,
                };
                let side = if is_old { &mut before } else { &mut after };
                side.add(&extraction);
                Ok(())
            })?;
            let diff = Diff::new(&before, &after);
            let mut out = BufWriter::new(io::stdout().lock());
            match format {
                DiffFormat::Md => diff.write_markdown(&mut out)?,
                DiffFormat::Csv => diff.write_csv(&mut out)?,
                DiffFormat::Json => diff.write_json(&mut out)?,
            }
            out.flush()?;
            report.finish()
        }
    }
}

/// `commitments.csv` and `commitments.jsonl`, and with `reify` the
/// Commitment nodes for Neo4j, for [`Outputs::stage_all`]. Each file reads
/// the commitments from disk one at a time: none holds them all.
fn commitment_exports(ledger: &SpilledLedger, reify: bool) -> Vec<(&'static str, Writer<'_>)> {
    use cpec_commitments::{
        write_commitment_edges_csv, write_commitment_nodes_csv, write_commitments_csv,
        write_commitments_cypher, write_commitments_jsonl,
    };
    /// Writes the commitments with `write`; a failure to read them back is the error.
    fn each<W: Write>(
        ledger: &SpilledLedger,
        out: W,
        write: impl FnOnce(
            &mut dyn Iterator<Item = Commitment>,
            W,
        ) -> Result<(), cpec_commitments::CommitmentError>,
    ) -> Result<()> {
        itertools::process_results(ledger.each_commitment()?, |mut commitments| {
            write(&mut commitments, out)
        })??;
        Ok(())
    }
    let mut files: Vec<(&'static str, Writer<'_>)> = vec![
        (
            "commitments.csv",
            Box::new(|w| each(ledger, w, |c, w| write_commitments_csv(c, w))),
        ),
        (
            "commitments.jsonl",
            Box::new(|w| each(ledger, w, |c, w| write_commitments_jsonl(c, w))),
        ),
    ];
    if reify {
        files.push((
            "commitment_nodes.csv",
            Box::new(|w| each(ledger, w, |c, w| write_commitment_nodes_csv(c, w))),
        ));
        files.push((
            "commitment_edges.csv",
            Box::new(|w| each(ledger, w, |c, w| write_commitment_edges_csv(c, w))),
        ));
        files.push((
            "commitments.cypher",
            Box::new(|w| Ok(write_commitments_cypher(w)?)),
        ));
    }
    files
}

fn build(
    read: &ReadArgs,
    out_dir: &Path,
    force: bool,
    reify: bool,
    only: &Only,
) -> Result<ExitCode> {
    let with_triples = only.has(Output::Triples);
    let with_commitments = only.has(Output::Commitments);
    if reify && !with_commitments {
        bail!("--reify writes Commitment nodes: add commitments to --only");
    }
    let mut outputs = Outputs::check(out_dir, force)?;
    let scratch = outputs.scratch()?;
    let cannot_write = || format!("{}: cannot write", scratch.display());
    // What no output needs is not built: the graph's and the commitments'
    // mentions cost a sort on disk each (the graph's only for graph.json).
    let mut graph = only
        .has_graph()
        .then(|| only.new_graph(&scratch))
        .transpose()
        .with_context(cannot_write)?;
    let mut ledger = with_commitments
        .then(|| SpillingLedger::new(&scratch))
        .transpose()
        .with_context(cannot_write)?;
    let (mut articles, mut sentences, mut triples) = (0, 0, 0);
    // Streaming: each article's triples go to the file as soon as they are
    // extracted and its text is dropped; every mention of the commitments
    // (and of the graph, for graph.json) waits on disk, sorted, and only the
    // distinct facts stay in memory. Whatever needs only the article (its
    // JSON lines, its commitments) is done on the extracting threads.
    let mut read_all = |mut triples_file: Option<&mut dyn Write>| {
        read.for_each_mapped(
            |extraction| {
                let mut lines = Vec::new();
                if with_triples {
                    lines.reserve(512 * extraction.triples.len());
                    cpec_graph::write_triples_jsonl(&extraction.triples, &mut lines)?;
                }
                let commitments = with_commitments.then(|| ArticleCommitments::of(&extraction));
                Ok((extraction, lines, commitments))
            },
            |(extraction, lines, commitments)| {
                articles += 1;
                sentences += extraction.sentences;
                triples += extraction.triples.len();
                if let Some(graph) = &mut graph {
                    graph.add_extraction(&extraction)?;
                }
                if let (Some(ledger), Some(commitments)) = (&mut ledger, commitments) {
                    ledger.absorb(commitments)?;
                }
                if let Some(file) = &mut triples_file {
                    file.write_all(&lines)?;
                }
                Ok(())
            },
        )
    };
    let report = if with_triples {
        let mut report = None;
        outputs.stage("triples.jsonl", |w| {
            report = Some(read_all(Some(w))?);
            Ok(())
        })?;
        report.expect("set when triples.jsonl is written")
    } else {
        read_all(None)?
    };
    let pool = read.run.pool()?;
    // The graph's and the commitments' sorted mentions are merged at once,
    // then every export is written at once, each reading its own way back.
    let (graph, ledger) = pool.install(|| {
        rayon::join(
            || graph.map(BuildGraph::finish).transpose(),
            || ledger.map(SpillingLedger::finish).transpose(),
        )
    });
    let (graph, ledger) = (
        graph.with_context(cannot_write)?,
        ledger.with_context(cannot_write)?,
    );
    let mut files = graph
        .as_ref()
        .map_or_else(Vec::new, |g| graph_exports(g, only));
    if let Some(ledger) = &ledger {
        files.extend(commitment_exports(ledger, reify));
    }
    pool.install(|| outputs.stage_all(files))?;
    let head = format!("{articles} articles, {sentences} sentences, {triples} triples");
    let mut printed = match &graph {
        Some(graph) => summary(&head, graph, out_dir),
        None => format!("{head} -> {}\n", out_dir.display()),
    };
    // Their files are in the scratch folder, which commit removes.
    drop((graph, ledger));
    outputs.commit()?;
    if !read.run.quiet {
        if report.skipped() > 0 {
            printed.push_str(&format!(
                "skipped: {} inputs (listed on stderr)\n",
                report.skipped()
            ));
        }
        io::stdout().lock().write_all(printed.as_bytes())?;
    }
    report.finish()
}

/// The graph exports of `build` and `merge` that `only` selects, for
/// [`Outputs::stage_all`].
pub(crate) fn graph_exports<'g>(
    graph: &'g KnowledgeGraph,
    only: &Only,
) -> Vec<(&'static str, Writer<'g>)> {
    GRAPH_EXPORTS
        .into_iter()
        .filter(|&(_, _, output)| only.has(output))
        .map(|(name, format, _)| {
            let write: Writer<'_> = Box::new(move |w| format.write(graph, None, w));
            (name, write)
        })
        .collect()
}

/// `head -> N nodes, M edges in DIR` and the counts by label and type, the
/// summary `build` and `merge` print.
pub(crate) fn summary(head: &str, graph: &KnowledgeGraph, out_dir: &Path) -> String {
    let mut summary = String::new();
    summary.push_str(&format!(
        "{head} -> {} nodes, {} edges in {}\n",
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
    summary
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
    let inputs = read.for_each(|extraction| {
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
    inputs.finish()
}
