//! Reading inputs: files, folders (recursively, `*.txt`) and `-` for stdin.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// One article read from disk or stdin.
#[derive(Debug)]
pub(crate) struct Article {
    /// The file stem, or `stdin`.
    pub(crate) id: String,
    pub(crate) path: Option<String>,
    pub(crate) text: String,
}

/// Expands the command line's inputs into article paths, in a stable order.
pub(crate) fn collect(inputs: &[PathBuf]) -> Result<Vec<Option<PathBuf>>> {
    let mut found = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            found.push(None);
            continue;
        }
        let meta =
            fs::metadata(input).with_context(|| format!("{}: cannot read", input.display()))?;
        if meta.is_dir() {
            let mut files = Vec::new();
            walk(input, &mut files)?;
            files.sort();
            found.extend(files.into_iter().map(Some));
        } else {
            found.push(Some(input.clone()));
        }
    }
    if found.is_empty() {
        bail!(
            "no articles found in {}",
            inputs
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    Ok(found)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in
        fs::read_dir(dir).with_context(|| format!("{}: cannot list folder", dir.display()))?
    {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads one article; `None` is stdin.
pub(crate) fn read(path: Option<&Path>) -> Result<Article> {
    let Some(path) = path else {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("stdin: not readable as UTF-8 text")?;
        return Ok(Article {
            id: "stdin".into(),
            path: None,
            text,
        });
    };
    let bytes = fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "{}: invalid UTF-8 at byte {}",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })?;
    let text = text
        .strip_prefix('\u{feff}')
        .map(String::from)
        .unwrap_or(text);
    let id = path
        .file_stem()
        .map_or_else(|| "article".into(), |s| s.to_string_lossy().into_owned());
    Ok(Article {
        id,
        path: Some(path.display().to_string()),
        text,
    })
}
