//! `crates/extract/RULES.md` documents exactly the rules the extractor has.
//!
//! The rule ids are read from the extractor's sources at test time, so a rule
//! added, renamed or removed in `rules.rs` or `lib.rs` fails here until
//! RULES.md says the same. The extractor's output on `seeds/` and
//! `tests/corpus/` is checked too, so an id built in some other way cannot
//! slip through. The quoted examples must be real text from those articles.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use cpec_extract::{ArticleInput, Extractor};

use crate::support::root;

fn extract_dir() -> PathBuf {
    root().join("crates/extract")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Whether `text` is written like a rule id: two lower-case parts separated by
/// one dot, each part words of two letters or more joined by single hyphens
/// (`commit.cue`, `held-in.prep`; not the abbreviation `e.g`).
fn is_rule_id(text: &str) -> bool {
    let part = |p: &str| {
        !p.is_empty()
            && p.split('-')
                .all(|w| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_lowercase()))
    };
    matches!(text.split_once('.'), Some((a, b)) if part(a) && part(b))
}

/// The string literals of Rust source, outside comments and `#[cfg(test)]` code.
fn string_literals(source: &str) -> Vec<String> {
    // Unit tests come last in our files and may cite made-up ids.
    let code = source.split("\n#[cfg(test)]").next().unwrap_or_default();
    let mut literals = Vec::new();
    for line in code.lines() {
        let line = line.replace("'\"'", "' '");
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        let mut chars = line.chars();
        let mut current: Option<String> = None;
        while let Some(c) = chars.next() {
            match (&mut current, c) {
                (None, '/') if chars.clone().next() == Some('/') => break,
                (None, '"') => current = Some(String::new()),
                (Some(text), '\\') => {
                    text.push(c);
                    text.extend(chars.next());
                }
                (Some(_), '"') => literals.extend(current.take()),
                (Some(text), c) => text.push(c),
                (None, _) => {}
            }
        }
    }
    literals
}

/// The Rust files where rules are written: `rules.rs`, `lib.rs`, and a
/// `rules/` folder should the rules ever be split into one.
fn rule_sources() -> Vec<PathBuf> {
    let src = extract_dir().join("src");
    let mut files = vec![src.join("rules.rs"), src.join("lib.rs")];
    if let Ok(entries) = std::fs::read_dir(src.join("rules")) {
        files.extend(
            entries
                .map(|entry| entry.unwrap().path())
                .filter(|path| path.extension().is_some_and(|ext| ext == "rs")),
        );
    }
    files.retain(|path| path.exists());
    files.sort();
    files
}

fn rule_ids_in_code() -> BTreeSet<String> {
    rule_sources()
        .iter()
        .flat_map(|path| string_literals(&read(path)))
        .filter(|literal| is_rule_id(literal))
        .collect()
}

/// The `## \`id\`` headings of RULES.md, with the text of each section.
fn sections() -> Vec<(String, String)> {
    let doc = read(&extract_dir().join("RULES.md"));
    let mut sections: Vec<(String, String)> = Vec::new();
    for line in doc.lines() {
        if let Some(heading) = line.strip_prefix("## ")
            && let Some(id) = heading.strip_prefix('`').and_then(|h| h.strip_suffix('`'))
        {
            sections.push((id.to_string(), String::new()));
            continue;
        }
        if line.starts_with("## ") || line.starts_with("# ") {
            // A section without an id (the introduction) ends the previous one.
            sections.push((String::new(), String::new()));
            continue;
        }
        if let Some((_, body)) = sections.last_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    sections.retain(|(id, _)| !id.is_empty());
    sections
}

fn documented() -> BTreeSet<String> {
    sections().into_iter().map(|(id, _)| id).collect()
}

/// Every article the examples may quote: seeds/ and tests/corpus/.
fn articles() -> Vec<(String, String)> {
    let mut found = Vec::new();
    for dir in ["seeds", "tests/corpus"] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|ext| ext == "txt") {
                let id = path.file_stem().unwrap().to_string_lossy().into_owned();
                found.push((id, read(&path)));
            }
        }
    }
    found.sort();
    found
}

#[test]
fn the_scanner_finds_rule_ids_and_nothing_else() {
    let source = r#"
        let a = Cite { rule: "commit.cue", verb: "agree" };
        out.emit(x, cite("held-in.prep", "hold", 0.8)); // "not.this"
        let q = '"'; let abbreviation = "e.g"; let file = "countries.lex";
        // cite("commented.out")
#[cfg(test)]
mod tests { const R: &str = "chair.subj"; }
"#;
    let ids: Vec<String> = string_literals(source)
        .into_iter()
        .filter(|l| is_rule_id(l))
        .collect();
    // "countries.lex" looks like an id; rules.rs and lib.rs name no files.
    assert_eq!(ids, ["commit.cue", "held-in.prep", "countries.lex"]);
    assert!(!is_rule_id("Commit.cue") && !is_rule_id("commit.") && !is_rule_id("ab.cd.ef"));
    assert!(!is_rule_id("held-.prep") && !is_rule_id("commit") && !is_rule_id("u.s"));
}

#[test]
fn every_rule_in_the_code_has_a_section_and_every_section_a_rule() {
    let code = rule_ids_in_code();
    assert!(
        code.len() >= 20,
        "found only {code:?} in {:?}",
        rule_sources()
    );
    let doc = documented();
    let undocumented: Vec<_> = code.difference(&doc).collect();
    let stale: Vec<_> = doc.difference(&code).collect();
    assert!(
        undocumented.is_empty() && stale.is_empty(),
        "RULES.md is out of date.\n  rules without a section: {undocumented:?}\n  \
         sections without a rule in {:?}: {stale:?}",
        rule_sources()
    );
    let headings: Vec<String> = sections().into_iter().map(|(id, _)| id).collect();
    assert_eq!(headings.len(), doc.len(), "a rule has two sections");
}

#[test]
fn every_rule_the_extractor_emits_is_documented() {
    let doc = documented();
    let extractor = Extractor::builtin();
    let mut emitted = BTreeSet::new();
    for (id, text) in articles() {
        for triple in extractor.extract(&ArticleInput::new(&id, &text)).triples {
            emitted.insert(triple.evidence.rule.to_string());
        }
    }
    assert!(emitted.len() >= 20, "{emitted:?}");
    let missing: Vec<_> = emitted.difference(&doc).collect();
    assert!(
        missing.is_empty(),
        "emitted but not in RULES.md: {missing:?}"
    );
}

#[test]
fn every_section_follows_the_template_and_quotes_real_text() {
    let texts: Vec<String> = articles().into_iter().map(|(_, text)| text).collect();
    for (id, body) in sections() {
        for field in [
            "**Pattern.**",
            "**Example.**",
            "**Produces.**",
            "**Confidence.**",
            "**Known misses.**",
        ] {
            assert!(body.contains(field), "{id}: no {field}");
        }
        let quotes: Vec<&str> = body
            .lines()
            .filter_map(|line| line.strip_prefix("> "))
            .collect();
        assert!(!quotes.is_empty(), "{id}: the example quotes no sentence");
        if body.contains("Constructed;") {
            continue;
        }
        for quote in quotes {
            for fragment in quote.split('…').map(str::trim).filter(|f| !f.is_empty()) {
                let fragment = fragment.trim_end_matches(',');
                assert!(
                    texts.iter().any(|text| text.contains(fragment)),
                    "{id}: {fragment:?} is not in seeds/ or tests/corpus/"
                );
            }
        }
    }
}
