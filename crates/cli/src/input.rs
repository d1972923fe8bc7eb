//! Reading inputs: files, folders (recursively, without following symlink
//! loops) and `-` for stdin, each decoded to one article's text.

use std::collections::BTreeSet;
use std::fmt;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use crate::decode;
use crate::html;
use crate::problem::{Problem, Report};

/// How inputs are read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum InputFormat {
    /// Plain text; an HTML page is skipped with a hint.
    #[default]
    Text,
    /// HTML: the visible text of each page.
    Html,
    /// HTML for `.html`/`.htm` files and text starting with `<!doctype html` or `<html`, text otherwise.
    Auto,
}

impl InputFormat {
    /// The file extensions read from folders.
    fn extensions(self) -> &'static [&'static str] {
        match self {
            InputFormat::Text => &["txt"],
            InputFormat::Html | InputFormat::Auto => &["txt", "html", "htm"],
        }
    }
}

/// One input to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Source {
    Stdin,
    File(PathBuf),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Stdin => f.write_str("stdin"),
            Source::File(path) => write!(f, "{}", path.display()),
        }
    }
}

/// One article read from disk or stdin.
#[derive(Debug)]
pub(crate) struct Article {
    /// The file stem, or `stdin`.
    pub(crate) id: String,
    pub(crate) path: Option<String>,
    pub(crate) text: String,
}

/// Expands the command line's inputs into sources, in a stable order: each
/// folder's files sorted, a file reached twice read once. What cannot be
/// listed goes to `report`.
pub(crate) fn collect(
    inputs: &[PathBuf],
    format: InputFormat,
    report: &mut Report,
) -> Result<Vec<Source>> {
    let mut walk = Walk {
        extensions: format.extensions(),
        report,
        files: Vec::new(),
        seen: BTreeSet::new(),
    };
    let mut sources = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            sources.push(Source::Stdin);
            continue;
        }
        match fs::metadata(input) {
            Ok(meta) if meta.is_dir() => {
                let mut ancestors = Vec::new();
                walk.folder(input, &mut ancestors)?;
                walk.files.sort();
            }
            Ok(_) => walk.file(input.clone()),
            Err(e) => {
                let problem = match fs::symlink_metadata(input) {
                    Ok(_) => Problem::BrokenLink(e.to_string()),
                    Err(_) if e.kind() == std::io::ErrorKind::NotFound => Problem::Missing,
                    Err(_) => Problem::Unreadable(e.to_string()),
                };
                walk.report.skip(input.display(), &problem)?;
            }
        }
        sources.extend(walk.files.drain(..).map(Source::File));
    }
    if sources.is_empty() && walk.report.skipped() == 0 {
        let names: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
        bail!(
            "no articles found in {} (folders are searched for *.{})",
            names.join(", "),
            format.extensions().join(", *.")
        );
    }
    Ok(sources)
}

/// A folder walk: files found so far and the canonical paths already read.
struct Walk<'r> {
    extensions: &'static [&'static str],
    report: &'r mut Report,
    files: Vec<PathBuf>,
    seen: BTreeSet<PathBuf>,
}

impl Walk<'_> {
    fn file(&mut self, path: PathBuf) {
        let canonical = fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if self.seen.insert(canonical) {
            self.files.push(path);
        }
    }

    /// Walks `dir`; `ancestors` are the canonical folders above it, so a
    /// symlink back to one of them is a loop, not a folder to enter.
    fn folder(&mut self, dir: &Path, ancestors: &mut Vec<PathBuf>) -> Result<()> {
        let canonical = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        if ancestors.contains(&canonical) {
            let problem = Problem::SymlinkLoop(canonical.display().to_string());
            return self.report.skip(dir.display(), &problem);
        }
        // A folder reached again by another link: its files are listed already.
        if !self.seen.insert(canonical.clone()) {
            return Ok(());
        }
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => {
                return self
                    .report
                    .skip(dir.display(), &Problem::Unlistable(e.to_string()));
            }
        };
        let mut paths = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) => paths.push(entry.path()),
                Err(e) => self
                    .report
                    .skip(dir.display(), &Problem::Unlistable(e.to_string()))?,
            }
        }
        // Sorted, so that of two links to one file the same one is read on every run.
        paths.sort();
        ancestors.push(canonical);
        for path in paths {
            let wanted = path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| self.extensions.contains(&e.to_ascii_lowercase().as_str()));
            // Follows symlinks: a link to a folder is walked, a broken one reported.
            match fs::metadata(&path) {
                Ok(meta) if meta.is_dir() => self.folder(&path, ancestors)?,
                Ok(_) if wanted => self.file(path),
                Ok(_) => {}
                Err(e) if wanted => self
                    .report
                    .skip(path.display(), &Problem::BrokenLink(e.to_string()))?,
                Err(_) => {}
            }
        }
        ancestors.pop();
        Ok(())
    }
}

/// Reads and decodes one article.
pub(crate) fn read(source: &Source, format: InputFormat, lossy: bool) -> Result<Article, Problem> {
    let (bytes, id, path) = match source {
        Source::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|e| Problem::Unreadable(e.to_string()))?;
            (bytes, "stdin".to_string(), None)
        }
        Source::File(path) => {
            let bytes = fs::read(path).map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => Problem::Missing,
                _ => Problem::Unreadable(e.to_string()),
            })?;
            let id = path
                .file_stem()
                .map_or_else(|| "article".into(), |s| s.to_string_lossy().into_owned());
            (bytes, id, Some(path))
        }
    };
    let text = decode::decode(bytes, lossy)?;
    let named_html = path
        .and_then(|p| p.extension())
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "html" | "htm"));
    let is_html = match format {
        InputFormat::Html => true,
        InputFormat::Text | InputFormat::Auto => named_html || html::looks_like_html(&text),
    };
    let text = match (is_html, format) {
        (false, _) => text,
        (true, InputFormat::Text) => return Err(Problem::Html),
        (true, _) => {
            let text = html::to_text(&text);
            if text.trim().is_empty() {
                return Err(Problem::EmptyHtml);
            }
            text
        }
    };
    Ok(Article {
        id,
        path: path.map(|p| p.display().to_string()),
        text,
    })
}
