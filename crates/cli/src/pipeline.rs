//! Parallel, order-preserving, streaming extraction: read, extract, hand on, drop.
//!
//! Articles go through in batches. While the thread pool reads and extracts
//! one batch, the calling thread hands the previous batch's results, in input
//! order, to the consumer (the graph, an output file). Only two batches are
//! alive at once, so memory does not grow with the corpus, and the output is
//! the same bytes for any number of threads.

use std::fmt::Display;
use std::io::BufRead;

use anyhow::{Context, Result, bail};
use clap::Args;
use cpec_extract::{ArticleInput, Extractor};
use cpec_model::{Date, Extraction};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::ThreadPool;
use rayon::prelude::*;
use serde::Deserialize;

use crate::guard;
use crate::problem::{Extracted, Problem, Skipped};

/// How many articles one parallel step takes: enough to keep every core busy,
/// few enough to keep memory flat.
const BATCH: usize = 256;

/// Options of every command that reads articles: threads and the progress bar.
#[derive(Debug, Clone, Args)]
pub(crate) struct RunArgs {
    /// Threads that extract (default: all cores). The output is the same for any number.
    #[arg(long, short = 'j', value_name = "N")]
    threads: Option<usize>,
    /// No progress bar and no summary. The bar is also hidden when stderr is not a terminal.
    #[arg(long, short)]
    pub(crate) quiet: bool,
}

impl RunArgs {
    pub(crate) fn pool(&self) -> Result<ThreadPool> {
        let mut builder = rayon::ThreadPoolBuilder::new();
        if let Some(n) = self.threads {
            if n == 0 {
                bail!("--threads must be at least 1");
            }
            builder = builder.num_threads(n);
        }
        builder.build().context("cannot start the worker threads")
    }

    /// A progress bar over `len` articles (`None`: unknown) on stderr, drawn only
    /// on a terminal and never with `--quiet`.
    pub(crate) fn progress(&self, len: Option<u64>) -> ProgressBar {
        if self.quiet {
            return ProgressBar::hidden();
        }
        let bar = match len {
            Some(n) => ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr())
                .with_style(
                    ProgressStyle::with_template(
                        "{elapsed_precise} [{wide_bar}] {human_pos}/{human_len} articles, {per_sec}, eta {eta}",
                    )
                    .expect("valid template"),
                ),
            None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()).with_style(
                ProgressStyle::with_template("{elapsed_precise} {human_pos} articles, {per_sec}")
                    .expect("valid template"),
            ),
        };
        bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(4));
        bar
    }
}

/// Runs `work` on every item on `pool` and `each` on the results, in the
/// order of `items`. `each` runs on the calling thread, overlapping the work
/// on the next batch; the first error stops the run.
pub(crate) fn ordered<I, T>(
    pool: &ThreadPool,
    mut items: impl Iterator<Item = I>,
    work: impl Fn(I) -> T + Sync,
    mut each: impl FnMut(T) -> Result<()>,
) -> Result<()>
where
    I: Send,
    T: Send,
{
    let mut pending: Vec<T> = Vec::new();
    loop {
        let batch: Vec<I> = items.by_ref().take(BATCH).collect();
        if batch.is_empty() && pending.is_empty() {
            return Ok(());
        }
        let mut mapped: Vec<T> = Vec::new();
        let consumed = pool.in_place_scope(|scope| {
            if !batch.is_empty() {
                let (work, mapped) = (&work, &mut mapped);
                scope.spawn(move |_| *mapped = batch.into_par_iter().map(work).collect());
            }
            pending.drain(..).try_for_each(&mut each)
        });
        consumed?;
        pending = mapped;
    }
}

/// One line of `--jsonl` input.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonArticle {
    id: String,
    text: String,
    #[serde(default)]
    date: Option<Date>,
    #[serde(default)]
    path: Option<String>,
}

/// Extracts `article` and maps the result, on a worker thread. A panic in
/// the extractor skips the article (`input`) instead of ending the run.
pub(crate) fn extract<T>(
    extractor: &Extractor,
    article: &ArticleInput<'_>,
    input: impl Display,
    map: impl Fn(Extraction) -> Result<T>,
) -> Result<Result<Extracted<T>, Skipped>> {
    match guard::catch(|| extractor.extract(article)) {
        Ok(extraction) => Ok(Ok(Extracted {
            input: input.to_string(),
            id: article.id.to_string(),
            value: map(extraction)?,
        })),
        Err(panic) => Ok(Err(Skipped::new(input, Problem::Panic(panic)))),
    }
}

/// Extracts the JSON lines `{"id","text","date"?}` of `input`, one article a
/// line; a line that is not an article is skipped as `stdin line N`.
pub(crate) fn extract_jsonl<T: Send>(
    extractor: &Extractor,
    run: &RunArgs,
    input: impl BufRead,
    fallback_date: Option<Date>,
    map: impl Fn(Extraction) -> Result<T> + Sync,
    mut each: impl FnMut(Result<Extracted<T>, Skipped>) -> Result<()>,
) -> Result<()> {
    let progress = run.progress(None);
    let lines = input
        .lines()
        .enumerate()
        .filter(|(_, line)| line.as_ref().map_or(true, |l| !l.trim().is_empty()));
    let result = ordered(
        &run.pool()?,
        lines,
        |(number, line)| -> Result<Result<Extracted<T>, Skipped>> {
            let name = format!("stdin line {}", number + 1);
            let article = match line {
                Ok(line) => serde_json::from_str::<JsonArticle>(&line)
                    .map_err(|e| Problem::NotAnArticle(e.to_string())),
                Err(e) => Err(Problem::Unreadable(e.to_string())),
            };
            let article = match article {
                Ok(article) => article,
                Err(problem) => return Ok(Err(Skipped::new(name, problem))),
            };
            let input = ArticleInput {
                id: &article.id,
                text: &article.text,
                path: article.path.as_deref(),
                date: article.date.or(fallback_date),
            };
            extract(extractor, &input, name, &map)
        },
        |result| {
            progress.inc(1);
            each(result?)
        },
    );
    progress.finish_and_clear();
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_input_order_with_any_threads() {
        for threads in [1, 2, 3] {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            let mut seen = Vec::new();
            ordered(
                &pool,
                0..1000u32,
                |i| i * 2,
                |x| {
                    seen.push(x);
                    Ok(())
                },
            )
            .unwrap();
            assert_eq!(seen, (0..1000).map(|i| i * 2).collect::<Vec<_>>());
        }
    }

    #[test]
    fn the_first_error_stops() {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let mut seen = 0;
        let result = ordered(
            &pool,
            0..2000u32,
            |i| i,
            |x| {
                seen += 1;
                if x == 300 { bail!("stop") } else { Ok(()) }
            },
        );
        assert!(result.is_err());
        assert_eq!(seen, 301);
    }
}
