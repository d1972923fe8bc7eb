//! Prints what the extractor saw in an article, sentence by sentence: the
//! mentions it found and what they resolved to, then the triples.
//!
//!     cargo run --example explain -- seeds/000_63eb1184c8b0a74b.txt

use std::io::{self, Write};

use anyhow::{Context, Result};
use cpec_extract::{ArticleInput, Extractor};

fn main() -> Result<()> {
    let path = std::env::args()
        .nth(1)
        .context("usage: explain ARTICLE.txt")?;
    let text = std::fs::read_to_string(&path).with_context(|| format!("{path}: cannot read"))?;
    let extractor = Extractor::builtin();
    let input = ArticleInput::new(&path, &text);
    let mut out = io::stdout().lock();
    let extraction = extractor.extract(&input);
    for sentence in extractor.explain(&input) {
        let kind = if sentence.body { "" } else { " (not body)" };
        writeln!(out, "s{}{kind}: {}", sentence.index, sentence.text)?;
        for m in &sentence.mentions {
            writeln!(out, "    [{}] {}", m.surface, m.referent)?;
        }
        for t in extraction
            .triples
            .iter()
            .filter(|t| t.evidence.sentence == sentence.index)
        {
            writeln!(
                out,
                "  => {t}  [{} {}]",
                t.evidence.rule, t.evidence.confidence
            )?;
        }
    }
    Ok(())
}
