//! The lexicon compiled into a table that finds known names in a sentence.

use std::hash::{Hash, Hasher};

use compact_str::CompactString;
use cpec_model::{Label, Span};
#[expect(clippy::disallowed_types, reason = "looked up, never iterated")]
use rustc_hash::FxHashMap;
use rustc_hash::FxHasher;

use crate::lexicon::{EntryKind, Lexicon, LexiconEntry};
use crate::text::{Token, fold_char, normalize, tokenize};

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
    /// The form with curly quotes and dashes made ASCII.
    needle: String,
    /// The form's token norms, as the sentence's tokens give them.
    words: Box<[CompactString]>,
    /// Acronyms ("IT", "SCO") must match with their case.
    exact: bool,
}

/// Finds every lexicon name in text: all aliases of all entries, matched
/// case-insensitively on whole words, non-overlapping, leftmost-longest.
///
/// Names are looked up by their first two words in a hash table, then
/// compared word by word with the sentence's tokens: two lookups per token,
/// and no automaton to build at startup.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    entries: Vec<LexiconEntry>,
    patterns: Vec<Pattern>,
    /// Patterns by [`word_hash`] of their first word (one-word forms) or
    /// [`pair_key`] of their first two, in lexicon order.
    #[expect(clippy::disallowed_types, reason = "looked up, never iterated")]
    by_opening: FxHashMap<u64, Vec<usize>>,
    /// Bits set at the low bits of every key of `by_opening`: most tokens
    /// open no name, and a bit test is cheaper than a table lookup.
    openings: Box<[u64]>,
    /// Entries by label, then canonical name: looked up without allocating,
    /// for every entity an article names.
    #[expect(clippy::disallowed_types, reason = "looked up, never iterated")]
    by_name: FxHashMap<Label, FxHashMap<String, usize>>,
    /// Countries by their capital, normalised: looked up at every known place.
    #[expect(clippy::disallowed_types, reason = "looked up, never iterated")]
    capitals: FxHashMap<String, usize>,
}

impl Gazetteer {
    pub fn new(lexicon: Lexicon) -> Gazetteer {
        let mut patterns = Vec::new();
        #[expect(clippy::disallowed_types, reason = "looked up, never iterated")]
        let mut by_opening: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
        #[expect(clippy::disallowed_types, reason = "looked up, never iterated")]
        let mut by_name: FxHashMap<Label, FxHashMap<String, usize>> = FxHashMap::default();
        #[expect(clippy::disallowed_types, reason = "looked up, never iterated")]
        let mut capitals: FxHashMap<String, usize> = FxHashMap::default();
        for (index, entry) in lexicon.entries.iter().enumerate() {
            if let EntryKind::Node(label) = entry.kind {
                by_name
                    .entry(label)
                    .or_default()
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
                let needle = form
                    .split_whitespace()
                    .map(|word| word.chars().map(fold_char).collect::<String>())
                    .collect::<Vec<_>>()
                    .join(" ");
                let words: Box<[CompactString]> =
                    tokenize(&needle, 0).into_iter().map(|t| t.norm).collect();
                let key = match &words[..] {
                    [one] => word_hash(one),
                    [first, second, ..] => pair_key(word_hash(first), word_hash(second)),
                    [] => continue,
                };
                by_opening.entry(key).or_default().push(patterns.len());
                patterns.push(Pattern {
                    entry: index,
                    demonym,
                    exact: is_acronym(&needle),
                    needle,
                    words,
                });
            }
        }
        let mut openings = vec![0u64; OPENING_BITS / 64].into_boxed_slice();
        for key in by_opening.keys() {
            let bit = *key as usize % OPENING_BITS;
            openings[bit / 64] |= 1 << (bit % 64);
        }
        Gazetteer {
            entries: lexicon.entries,
            openings,
            patterns,
            by_opening,
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

    /// The patterns opening with `key`, in lexicon order.
    fn opening(&self, key: u64) -> &[usize] {
        let bit = key as usize % OPENING_BITS;
        if self.openings[bit / 64] & (1 << (bit % 64)) == 0 {
            return &[];
        }
        self.by_opening.get(&key).map_or(&[], Vec::as_slice)
    }

    /// Every known name on word boundaries, overlapping ones too, sorted by
    /// start, then longest first; of several entries with one span, the first.
    pub fn matches(&self, text: &str, offset: usize, tokens: &[Token]) -> Vec<LexMatch> {
        let hashes: Vec<u64> = tokens.iter().map(|t| word_hash(&t.norm)).collect();
        let mut found: Vec<LexMatch> = Vec::new();
        for i in 0..tokens.len() {
            let one = hashes[i];
            let two = hashes
                .get(i + 1)
                .map_or(&[][..], |&next| self.opening(pair_key(one, next)));
            for &p in self.opening(one).iter().chain(two) {
                let pattern = &self.patterns[p];
                let Some(window) = tokens.get(i..i + pattern.words.len()) else {
                    continue;
                };
                if !window.iter().zip(&pattern.words).all(|(t, w)| t.norm == *w) {
                    continue;
                }
                let span = Span::new(window[0].span.start, window[window.len() - 1].span.end);
                // Token norms fold all case; the name must be written as the
                // lexicon gives it, up to ASCII case, curly punctuation and spacing.
                if !pattern.written_as(&text[span.start - offset..span.end - offset]) {
                    continue;
                }
                found.push(LexMatch {
                    span,
                    entry: pattern.entry,
                    demonym: pattern.demonym,
                });
            }
        }
        found.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end), m.entry));
        found.dedup_by_key(|m| m.span);
        found
    }
}

impl Pattern {
    /// `surface` is this form, up to ASCII case (unless an acronym), curly
    /// quotes and dashes, and spacing: hard-wrapped text breaks names across
    /// lines.
    fn written_as(&self, surface: &str) -> bool {
        let same = |a: &str, b: &str| {
            if self.exact {
                a == b
            } else {
                a.eq_ignore_ascii_case(b)
            }
        };
        if same(surface, &self.needle) {
            return true;
        }
        let mut needle_words = self.needle.split(' ');
        surface.split_whitespace().all(|word| {
            needle_words.next().is_some_and(|needle_word| {
                let folded: String = word.chars().map(fold_char).collect();
                same(&folded, needle_word)
            })
        }) && needle_words.next().is_none()
    }
}

/// Size of [`Gazetteer::openings`]: a few bits per key keeps false hits rare.
const OPENING_BITS: usize = 1 << 16;

/// The key of two words from their hashes. Keys only find candidates, which
/// are compared word by word afterwards: a collision costs a comparison.
fn pair_key(first: u64, second: u64) -> u64 {
    (first.rotate_left(23) ^ second).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// The key of one word, and what [`pair_key`] combines.
fn word_hash(word: &str) -> u64 {
    let mut hasher = FxHasher::default();
    word.hash(&mut hasher);
    hasher.finish()
}

/// An all-capitals form of two letters or more ("IT", "UN", "SCO", "JWG-ICC").
fn is_acronym(form: &str) -> bool {
    let letters: Vec<char> = form.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
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
    fn names_broken_across_lines_match_but_not_misspelt_ones() {
        assert_eq!(
            names(
                &gazetteer(),
                "the China-Pakistan Economic\n  Corridor, the China-Pakistan Economic-Corridor"
            ),
            ["China-Pakistan Economic\n  Corridor=China-Pakistan Economic Corridor"]
        );
    }

    #[test]
    fn acronyms_keep_their_case_on_word_boundaries() {
        assert_eq!(
            names(&gazetteer(), "IT and it, Cpec and CPEC-led, PRC."),
            ["IT=information technology", "PRC=China"]
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
