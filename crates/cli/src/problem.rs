//! Why an input was skipped, and the report of skipped inputs that ends a run.

use std::collections::BTreeSet;
use std::fmt::Display;
use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::{Result, bail};

use crate::decode::DecodeError;

/// Why an input was not read. Each message follows `PATH: ` on one line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum Problem {
    #[error("no such file or folder")]
    Missing,
    #[error("cannot read: {0}")]
    Unreadable(String),
    #[error("cannot list folder: {0}")]
    Unlistable(String),
    #[error("cannot follow symlink: {0}")]
    BrokenLink(String),
    #[error("symlink loop: leads back to {0}")]
    SymlinkLoop(String),
    #[error(transparent)]
    Decode(#[from] DecodeError),
    #[error("not an article {{\"id\",\"text\",\"date\"?}}: {0}")]
    NotAnArticle(String),
    #[error("an HTML page")]
    Html,
    #[error("an HTML page with no visible text")]
    EmptyHtml,
    #[error("internal error while extracting: {0}")]
    Panic(String),
    #[error("article id `{0}` is the id of an article read before")]
    RepeatedId(String),
}

impl Problem {
    /// What the user can do about it, when an option helps.
    pub(crate) fn hint(&self) -> Option<&'static str> {
        match self {
            Problem::Decode(e) => e.hint(),
            Problem::Html => Some("--format html or --format auto reads its visible text"),
            Problem::Panic(_) => Some("a bug in cpec-kg: please report it with this file"),
            Problem::RepeatedId(_) => Some(
                "an article's id is its file name without the extension, or its JSON line's \"id\": give each article its own",
            ),
            _ => None,
        }
    }
}

/// An input that was not read, and why.
#[derive(Debug)]
pub(crate) struct Skipped {
    input: String,
    problem: Problem,
}

impl Skipped {
    pub(crate) fn new(input: impl Display, problem: Problem) -> Skipped {
        Skipped {
            input: input.to_string(),
            problem,
        }
    }
}

/// An article read and extracted: what it was read from, its id, and
/// what became of its extraction.
#[derive(Debug)]
pub(crate) struct Extracted<T> {
    pub(crate) input: String,
    pub(crate) id: String,
    pub(crate) value: T,
}

/// The inputs of one run: how many were read, and which were skipped and why.
#[derive(Debug)]
pub(crate) struct Report {
    strict: bool,
    read: usize,
    skipped: Vec<String>,
    /// The ids of the articles read. One id is one article: its mentions
    /// are counted once, so a second article with the same id is skipped.
    ids: BTreeSet<String>,
}

impl Report {
    pub(crate) fn new(strict: bool) -> Report {
        Report {
            strict,
            read: 0,
            skipped: Vec::new(),
            ids: BTreeSet::new(),
        }
    }

    /// Counts one input: a read one goes on to `each`, unless an article
    /// read before had its id; a skipped one is noted.
    pub(crate) fn take<T>(
        &mut self,
        outcome: Result<Extracted<T>, Skipped>,
        each: impl FnOnce(T) -> Result<()>,
    ) -> Result<()> {
        match outcome {
            Ok(read) if self.ids.contains(&read.id) => {
                self.skip(read.input, &Problem::RepeatedId(read.id))
            }
            Ok(read) => {
                self.read += 1;
                self.ids.insert(read.id);
                each(read.value)
            }
            Err(skipped) => self.skip(skipped.input, &skipped.problem),
        }
    }

    /// Notes that `input` was skipped; with `--strict` this ends the run.
    pub(crate) fn skip(&mut self, input: impl Display, problem: &Problem) -> Result<()> {
        let mut line = format!("{input}: {problem}");
        if let Some(hint) = problem.hint() {
            line.push_str(&format!("; {hint}"));
        }
        if self.strict {
            bail!("{line}; --strict stops at the first bad input");
        }
        self.skipped.push(line);
        Ok(())
    }

    pub(crate) fn skipped(&self) -> usize {
        self.skipped.len()
    }

    /// Ends the reading: an error when no input could be read.
    pub(crate) fn check_some_read(&self) -> Result<()> {
        if self.read == 0 && !self.skipped.is_empty() {
            self.print()?;
            bail!("no input could be read");
        }
        Ok(())
    }

    /// Lists the skipped inputs on stderr; the exit code says whether there were any.
    pub(crate) fn finish(self) -> Result<ExitCode> {
        self.print()?;
        Ok(if self.skipped.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        })
    }

    fn print(&self) -> io::Result<()> {
        if self.skipped.is_empty() {
            return Ok(());
        }
        let mut text = format!(
            "skipped {} of {} inputs:\n",
            self.skipped.len(),
            self.skipped.len() + self.read
        );
        for line in &self.skipped {
            text.push_str(&format!("  {line}\n"));
        }
        io::stderr().lock().write_all(text.as_bytes())
    }
}
