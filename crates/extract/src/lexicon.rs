//! The gazetteer: known names, their aliases and attributes, parsed from text.
//!
//! The format is documented in `lexicon/README.md`. Parsing never touches the
//! file system: the built-in files are compiled in and the CLI reads user files.

use std::collections::BTreeMap;
use std::fmt;

use cpec_model::Label;

/// What a lexicon entry names: an ontology node, or a title that marks a
/// following capitalised name as an Official.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EntryKind {
    Node(Label),
    Title,
}

/// One line of a lexicon file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconEntry {
    pub kind: EntryKind,
    pub name: String,
    pub aliases: Vec<String>,
    pub attributes: BTreeMap<String, String>,
}

impl LexiconEntry {
    pub fn attribute(&self, key: &str) -> Option<&str> {
        self.attributes.get(key).map(String::as_str)
    }

    /// A comma-separated attribute as a list (`roles`, `demonym`).
    pub fn list_attribute(&self, key: &str) -> Vec<&str> {
        self.attribute(key)
            .map(|v| {
                v.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    }
}

const ATTRIBUTE_KEYS: &[&str] = &[
    "country",
    "roles",
    "surname",
    "demonym",
    "capital",
    "part_of",
    "located_in",
    "kind",
];

/// A malformed lexicon line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{source_name}:{line}: {message}")]
pub struct LexiconError {
    /// The file (or built-in resource) the line came from.
    pub source_name: String,
    /// 1-based line number.
    pub line: usize,
    pub message: String,
}

/// A set of lexicon entries, in the order they were read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lexicon {
    pub entries: Vec<LexiconEntry>,
}

/// The lexicon files shipped with cpec-kg, as `(name, text)`.
pub const BUILTIN_FILES: &[(&str, &str)] = &[
    ("countries.lex", include_str!("../lexicon/countries.lex")),
    (
        "officials_pakistan.lex",
        include_str!("../lexicon/officials_pakistan.lex"),
    ),
    (
        "officials_china.lex",
        include_str!("../lexicon/officials_china.lex"),
    ),
    ("titles.lex", include_str!("../lexicon/titles.lex")),
    (
        "organizations.lex",
        include_str!("../lexicon/organizations.lex"),
    ),
    ("projects.lex", include_str!("../lexicon/projects.lex")),
    ("meetings.lex", include_str!("../lexicon/meetings.lex")),
    (
        "initiatives.lex",
        include_str!("../lexicon/initiatives.lex"),
    ),
    ("agreements.lex", include_str!("../lexicon/agreements.lex")),
    ("locations.lex", include_str!("../lexicon/locations.lex")),
    ("sectors.lex", include_str!("../lexicon/sectors.lex")),
];

impl Lexicon {
    /// The lexicon compiled into the binary.
    pub fn builtin() -> Lexicon {
        let mut lexicon = Lexicon::default();
        for (name, text) in BUILTIN_FILES {
            // The built-in files are checked by a unit test; a broken one is a bug.
            lexicon.extend(Lexicon::parse(name, text).expect("built-in lexicon parses"));
        }
        lexicon
    }

    /// Parses lexicon text; `source_name` names it in errors.
    pub fn parse(source_name: &str, text: &str) -> Result<Lexicon, LexiconError> {
        let mut entries = Vec::new();
        for (index, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let error = |message: String| LexiconError {
                source_name: source_name.to_string(),
                line: index + 1,
                message,
            };
            entries.push(parse_line(line).map_err(error)?);
        }
        Ok(Lexicon { entries })
    }

    /// Adds `other`'s entries after this lexicon's. An entry naming an existing
    /// (label, name) adds its aliases and attributes to it.
    pub fn extend(&mut self, other: Lexicon) {
        for entry in other.entries {
            match self
                .entries
                .iter_mut()
                .find(|e| e.kind == entry.kind && e.name == entry.name)
            {
                Some(existing) => {
                    for alias in entry.aliases {
                        if !existing.aliases.contains(&alias) {
                            existing.aliases.push(alias);
                        }
                    }
                    existing.attributes.extend(entry.attributes);
                }
                None => self.entries.push(entry),
            }
        }
    }
}

fn parse_line(line: &str) -> Result<LexiconEntry, String> {
    let columns: Vec<&str> = line.split('|').map(str::trim).collect();
    if columns.len() < 2 || columns.len() > 4 {
        return Err(format!(
            "expected `Label | name | aliases | attributes`, found {} column(s)",
            columns.len()
        ));
    }
    let kind = match columns[0] {
        "Title" => EntryKind::Title,
        "Article" => return Err("`Article` nodes come from input files, not the lexicon".into()),
        label => EntryKind::Node(label.parse().map_err(|e| format!("{e}"))?),
    };
    let name = columns[1].to_string();
    if name.is_empty() {
        return Err("empty name".into());
    }
    let aliases = columns
        .get(2)
        .map(|c| {
            c.split(';')
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default();
    let mut attributes = BTreeMap::new();
    for pair in columns
        .get(3)
        .iter()
        .flat_map(|c| c.split(';'))
        .map(str::trim)
    {
        if pair.is_empty() {
            continue;
        }
        let (key, value) = pair
            .split_once('=')
            .ok_or_else(|| format!("attribute {pair:?} is not key=value"))?;
        let key = key.trim();
        if !ATTRIBUTE_KEYS.contains(&key) {
            return Err(format!(
                "unknown attribute {key:?} (known: {})",
                ATTRIBUTE_KEYS.join(", ")
            ));
        }
        attributes.insert(key.to_string(), value.trim().to_string());
    }
    Ok(LexiconEntry {
        kind,
        name,
        aliases,
        attributes,
    })
}

impl fmt::Display for EntryKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EntryKind::Node(label) => label.fmt(f),
            EntryKind::Title => f.write_str("Title"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_all_columns() {
        let lexicon = Lexicon::parse(
            "t.lex",
            "# comment\n\nOfficial | Ishaq Dar | Mohammad Ishaq Dar; DPM/FM | country=Pakistan; roles=Deputy Prime Minister, Foreign Minister\nSector | trade\n",
        )
        .unwrap();
        assert_eq!(lexicon.entries.len(), 2);
        let dar = &lexicon.entries[0];
        assert_eq!(dar.kind, EntryKind::Node(Label::Official));
        assert_eq!(dar.aliases, ["Mohammad Ishaq Dar", "DPM/FM"]);
        assert_eq!(
            dar.list_attribute("roles"),
            ["Deputy Prime Minister", "Foreign Minister"]
        );
        assert!(lexicon.entries[1].aliases.is_empty());
    }

    #[test]
    fn errors_name_file_and_line() {
        let err = Lexicon::parse("mine.lex", "Sector | trade\nPerson | X\n").unwrap_err();
        assert_eq!(err.to_string(), "mine.lex:2: unknown label \"Person\"");
        let err = Lexicon::parse("mine.lex", "Sector | a | | colour=red").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("mine.lex:1: unknown attribute \"colour\"")
        );
        let err = Lexicon::parse("mine.lex", "Sector").unwrap_err();
        assert!(err.to_string().contains("found 1 column"));
    }

    #[test]
    fn builtin_files_parse() {
        for (name, text) in BUILTIN_FILES {
            if let Err(e) = Lexicon::parse(name, text) {
                panic!("{e}");
            }
        }
        assert!(Lexicon::builtin().entries.len() > 100);
    }
}
