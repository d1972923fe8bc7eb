//! The lexicon compiled into an automaton that finds known names in a sentence.

use std::collections::BTreeMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use cpec_model::{Label, Span};

use crate::lexicon::{EntryKind, Lexicon, LexiconEntry};
use crate::text::{Token, normalize};

/// A lexicon name found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LexMatch {
    pub span: Span,
    /// Index of the entry in [`Gazetteer::entries`].
    pub entry: usize,
    /// The surface form is a demonym of the entry's Country ("Chinese").
    pub demonym: bool,
}

#[derive(Debug, Clone)]
struct Pattern {
    entry: usize,
    demonym: bool,
    /// Acronyms ("IT", "SCO") must match with their case.
    exact: Option<String>,
}

/// Finds every lexicon name in text: all aliases of all entries, matched
/// case-insensitively on whole words, non-overlapping, leftmost-longest.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    entries: Vec<LexiconEntry>,
    automaton: AhoCorasick,
    patterns: Vec<Pattern>,
    /// Entries by label, then canonical name: looked up without allocating.
    by_name: BTreeMap<Label, BTreeMap<String, usize>>,
    capitals: BTreeMap<String, usize>,
}

impl Gazetteer {
    pub fn new(lexicon: Lexicon) -> Gazetteer {
        let mut needles = Vec::new();
        let mut patterns = Vec::new();
        let mut by_name = BTreeMap::new();
        let mut capitals = BTreeMap::new();
        for (index, entry) in lexicon.entries.iter().enumerate() {
            if let EntryKind::Node(label) = entry.kind {
                by_name
                    .entry(label)
                    .or_insert_with(BTreeMap::new)
                    .entry(entry.name.clone())
                    .or_insert(index);
            }
            if let Some(capital) = entry.attribute("capital") {
                capitals.insert(normalize(capital), index);
            }
            let forms = std::iter::once(entry.name.as_str())
                .chain(entry.aliases.iter().map(String::as_str));
            let demonyms = entry.list_attribute("demonym");
            for (form, demonym) in forms
                .map(|f| (f, false))
                .chain(demonyms.into_iter().map(|d| (d, true)))
            {
                let form = normalize_needle(form);
                if form.is_empty() {
                    continue;
                }
                let exact = is_acronym(&form).then(|| form.clone());
                needles.push(form);
                patterns.push(Pattern {
                    entry: index,
                    demonym,
                    exact,
                });
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&needles)
            .expect("lexicon automaton builds");
        Gazetteer {
            entries: lexicon.entries,
            automaton,
            patterns,
            by_name,
            capitals,
        }
    }

    pub fn entries(&self) -> &[LexiconEntry] {
        &self.entries
    }

    pub fn entry(&self, index: usize) -> &LexiconEntry {
        &self.entries[index]
    }

    /// The entry of a node with this label and canonical name.
    pub fn lookup(&self, label: Label, name: &str) -> Option<usize> {
        self.by_name.get(&label)?.get(name).copied()
    }

    /// The name of the country a known place is in: itself, the country whose
    /// capital it is, or the end of its lexicon `located_in` chain.
    pub fn country_of_place(&self, place: &str) -> Option<String> {
        let mut current = place.to_string();
        for _ in 0..4 {
            if let Some(c) = self.country_of_capital(&current) {
                return Some(self.entry(c).name.clone());
            }
            if self.lookup(Label::Country, &current).is_some() {
                return Some(current);
            }
            let parent = self
                .lookup(Label::Location, &current)
                .and_then(|e| self.entry(e).attribute("located_in"))?;
            current = parent.to_string();
        }
        None
    }

    /// The Country entry whose capital is `city` (normalised form).
    pub fn country_of_capital(&self, city: &str) -> Option<usize> {
        self.capitals.get(&normalize(city)).copied()
    }

    /// Known names in `text`, which starts at byte `offset` of the article and
    /// whose `tokens` give the word boundaries: leftmost-longest, not overlapping.
    pub fn find(&self, text: &str, offset: usize, tokens: &[Token]) -> Vec<LexMatch> {
        let mut chosen: Vec<LexMatch> = Vec::new();
        for m in self.matches(text, offset, tokens) {
            if chosen
                .last()
                .is_none_or(|last| m.span.start >= last.span.end)
            {
                chosen.push(m);
            }
        }
        chosen
    }

    /// Every known name on word boundaries, overlapping ones too, sorted by
    /// start, then longest first; of several entries with one span, the first.
    pub fn matches(&self, text: &str, offset: usize, tokens: &[Token]) -> Vec<LexMatch> {
        // Folding only changes non-ASCII characters.
        let folded: std::borrow::Cow<'_, str> = if text.is_ascii() {
            text.into()
        } else {
            fold_for_matching(text).into()
        };
        let starts: Vec<usize> = tokens.iter().map(|t| t.span.start - offset).collect();
        let ends: Vec<usize> = tokens.iter().map(|t| t.span.end - offset).collect();
        let mut found: Vec<LexMatch> = Vec::new();
        for m in self.automaton.find_overlapping_iter(folded.as_bytes()) {
            let (start, end) = (
                folded_to_original(&folded, text, m.start()),
                folded_to_original(&folded, text, m.end()),
            );
            if starts.binary_search(&start).is_err() || ends.binary_search(&end).is_err() {
                continue;
            }
            let pattern = &self.patterns[m.pattern().as_usize()];
            if let Some(exact) = &pattern.exact
                && &folded[m.start()..m.end()] != exact
            {
                continue;
            }
            found.push(LexMatch {
                span: Span::new(start + offset, end + offset),
                entry: pattern.entry,
                demonym: pattern.demonym,
            });
        }
        found.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end), m.entry));
        found.dedup_by_key(|m| m.span);
        found
    }
}

/// Curly quotes and dashes become ASCII in needles, as in [`fold_for_matching`].
fn normalize_needle(form: &str) -> String {
    fold_for_matching(form.trim())
}

/// An all-capitals form of two letters or more ("IT", "UN", "SCO", "JWG-ICC").
fn is_acronym(form: &str) -> bool {
    let letters: Vec<char> = form.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// Makes curly apostrophes, quotes and dashes ASCII so that one needle matches
/// every typographic variant. Each replacement keeps a marker of the byte
/// length difference so offsets map back ([`folded_to_original`]).
fn fold_for_matching(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '’' | '‘' | 'ʼ' => '\'',
            '“' | '”' => '"',
            '‑' | '–' | '—' | '‐' => '-',
            c => c,
        })
        .collect()
}

/// Maps a byte offset in the folded text to the original text. Folding only
/// replaces single characters, so the character count before the offset is
/// the same in both.
fn folded_to_original(folded: &str, original: &str, offset: usize) -> usize {
    if folded.len() == original.len() {
        return offset;
    }
    let chars_before = folded[..offset].chars().count();
    original
        .char_indices()
        .nth(chars_before)
        .map_or(original.len(), |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn names(gazetteer: &Gazetteer, text: &str) -> Vec<String> {
        let tokens = tokenize(text, 0);
        gazetteer
            .find(text, 0, &tokens)
            .into_iter()
            .map(|m| {
                format!(
                    "{}={}",
                    &text[m.span.start..m.span.end],
                    gazetteer.entry(m.entry).name
                )
            })
            .collect()
    }

    fn gazetteer() -> Gazetteer {
        Gazetteer::new(
            Lexicon::parse(
                "test.lex",
                "Country | China | PRC | demonym=Chinese; capital=Beijing\n\
                 Country | Pakistan | | demonym=Pakistani\n\
                 Initiative | China-Pakistan Economic Corridor | CPEC\n\
                 Sector | information technology | IT\n\
                 Organization | Pakistan-China Foreign Ministers' Strategic Dialogue\n",
            )
            .unwrap(),
        )
    }

    #[test]
    fn longest_name_wins_over_its_parts() {
        assert_eq!(
            names(
                &gazetteer(),
                "the China-Pakistan Economic Corridor (CPEC) and China"
            ),
            [
                "China-Pakistan Economic Corridor=China-Pakistan Economic Corridor",
                "CPEC=China-Pakistan Economic Corridor",
                "China=China"
            ]
        );
    }

    #[test]
    fn curly_variants_and_acronym_case() {
        assert_eq!(
            names(
                &gazetteer(),
                "the Pakistan–China Foreign Ministers’ Strategic Dialogue on IT, and it"
            ),
            [
                "Pakistan–China Foreign Ministers’ Strategic Dialogue=Pakistan-China Foreign Ministers' Strategic Dialogue",
                "IT=information technology"
            ]
        );
    }

    #[test]
    fn only_whole_words_match() {
        assert_eq!(
            names(&gazetteer(), "Chinaware Pakistan-China ties; Chinese envoy"),
            ["Chinese=China"]
        );
    }
}
