//! Article text to sentences and tokens, with byte spans into the original.

use std::ops::DerefMut;

use compact_str::CompactString;
use cpec_model::{Date, Span};
use unicode_segmentation::UnicodeSegmentation;

/// What a sentence is, for the rules that read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SentenceKind {
    /// The first line of the article, when it reads as a headline.
    Headline,
    /// A short line without final punctuation: a section heading, a caption tag.
    Heading,
    /// Running text.
    Body,
}

/// One sentence of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub index: usize,
    pub span: Span,
    pub kind: SentenceKind,
}

/// What the start of an article says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Preamble {
    /// From a leading ` date YYYY-MM-DD` line.
    pub date: Option<Date>,
    /// From a dateline ("ISLAMABAD, Jan 5 :"): month and day, year unknown.
    pub dateline_month_day: Option<(u8, u8)>,
    /// The dateline's place, as written ("ISLAMABAD").
    pub dateline_place: Option<String>,
}

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "brig", "adm", "sen",
    "rep", "gov", "amb", "hon", "st", "jr", "sr", "no", "nos", "vol", "fig", "art", "sec", "dept",
    "govt", "co", "corp", "inc", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "e.g", "i.e", "etc", "vs", "approx", "u.s", "u.n", "u.k", "p.m",
    "a.m", "rs", "mln", "bn",
];

/// Lines that carry no statement: outlet tags, comment-form text, link furniture.
const BOILERPLATE_PREFIXES: &[&str] = &[
    "published in",
    "leave a reply",
    "your email address",
    "latest news",
    "copyright",
    "all rights reserved",
    "follow us",
    "share this",
];

/// Splits an article into sentences and reads its preamble.
///
/// Lines are kept apart (a headline never runs into the first paragraph);
/// within a line, UAX #29 sentence boundaries are used, except after a known
/// abbreviation ("Mr. Dar", "Jan. 5") or before a lower-case continuation.
pub fn split_sentences(text: &str) -> (Vec<Sentence>, Preamble) {
    let mut sentences = Vec::new();
    let mut preamble = Preamble::default();
    let mut offset = 0;
    let mut first_line = true;
    for line in text.split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        if line.trim().is_empty() {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let mut body = Span::new(line_start + lead, line_start + line.trim_end().len());
        if first_line && let Some((date, rest)) = leading_date_line(&text[body.start..body.end]) {
            preamble.date = Some(date);
            body.start = body.end - rest.len();
        }
        if let Some(skip) = dateline(&text[body.start..body.end], &mut preamble) {
            body.start += skip;
        }
        let line_text = &text[body.start..body.end];
        if body.is_empty() || is_boilerplate(line_text) {
            first_line = false;
            continue;
        }
        let heading = is_heading(line_text);
        let kind = match (heading, sentences.is_empty()) {
            (true, true) => SentenceKind::Headline,
            (true, false) => SentenceKind::Heading,
            (false, _) => SentenceKind::Body,
        };
        for span in split_line(line_text) {
            let span = span.shift(body.start);
            sentences.push(Sentence {
                index: sentences.len(),
                span,
                kind,
            });
        }
        first_line = false;
    }
    (sentences, preamble)
}

/// The longest sentence handed to the later stages, in bytes.
///
/// Real sentences stay far below it (the longest in `seeds/` and
/// `tests/corpus/` has 497 bytes). Finding mentions and clauses compares the
/// tokens of a sentence with its mentions, which takes time growing with the
/// square of the sentence's length. A 5 MB line without punctuation would take
/// hours; cut into pieces of this size at spaces, any article takes time
/// linear in its length.
pub const MAX_SENTENCE_BYTES: usize = 4096;

fn split_line(line: &str) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    let starts = piece_starts(line);
    for (k, &start) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(line.len());
        let piece = &line[start..end];
        let trimmed = piece.trim_end();
        let lead = trimmed.len() - trimmed.trim_start().len();
        if trimmed.trim().is_empty() {
            continue;
        }
        let span = Span::new(start + lead, start + trimmed.len());
        match spans.last_mut() {
            Some(previous)
                if continues(&line[previous.start..previous.end], &line[span.start..]) =>
            {
                previous.end = span.end
            }
            _ => spans.push(span),
        }
    }
    let mut bounded = Vec::with_capacity(spans.len());
    for span in spans {
        cut_long(line, span, &mut bounded);
    }
    bounded
}

/// Pushes `span` of `line`, cut into pieces of at most [`MAX_SENTENCE_BYTES`]:
/// at the last whitespace of each piece, or mid-word where a piece has none.
fn cut_long(line: &str, span: Span, out: &mut Vec<Span>) {
    let mut start = span.start;
    while span.end - start > MAX_SENTENCE_BYTES {
        let mut limit = start + MAX_SENTENCE_BYTES;
        while !line.is_char_boundary(limit) {
            limit -= 1;
        }
        let piece = &line[start..limit];
        let end = match piece.rfind(char::is_whitespace) {
            Some(space) if !piece[..space].trim_end().is_empty() => {
                start + piece[..space].trim_end().len()
            }
            _ => limit,
        };
        out.push(Span::new(start, end));
        start = end + (line[end..span.end].len() - line[end..span.end].trim_start().len());
    }
    if start < span.end {
        out.push(Span::new(start, span.end));
    }
}

/// Where the pieces of `line` start, exactly as `split_sentence_bound_indices`
/// gives them (UAX #29), but with the segmenter run only on short windows.
///
/// A boundary can only follow a terminator (`.`, `!`, `?`, or non-ASCII such
/// as `。`) or a paragraph separator. Between two ASCII letters there is never
/// one, and no rule of UAX #29 looks across such a pair: the rules' left
/// contexts are terminators, closing punctuation and spaces, and the only
/// long look-ahead (SB8) stops at the first letter. So the text is cut between
/// letter pairs, and only the windows with a terminator, a separator or a
/// non-ASCII character are segmented; the rest are inside a sentence.
fn piece_starts(line: &str) -> Vec<usize> {
    let bytes = line.as_bytes();
    let cut = |p: usize| bytes[p - 1].is_ascii_alphabetic() && bytes[p].is_ascii_alphabetic();
    let special = |b: u8| !b.is_ascii() || matches!(b, b'.' | b'!' | b'?' | b'\r' | b'\n');
    let mut starts = vec![0];
    let mut last_cut = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Most bytes are neither special nor needed before the next special
        // one: find it first, then the last cut before it, looking back.
        let Some(special_at) = bytes[i..].iter().position(|&b| special(b)) else {
            break;
        };
        let special_at = i + special_at;
        if let Some(p) = (i.max(1)..=special_at).rev().find(|&p| cut(p)) {
            last_cut = p;
        }
        i = special_at;
        let mut end = i + 1;
        while end < bytes.len() && !cut(end) {
            end += 1;
        }
        let window = &line[last_cut..end];
        starts.extend(
            window
                .split_sentence_bound_indices()
                .map(|(s, _)| last_cut + s)
                .filter(|&s| s > last_cut),
        );
        last_cut = end;
        i = end;
    }
    starts
}

/// Whether `next` continues the sentence `previous` instead of starting one.
fn continues(previous: &str, next: &str) -> bool {
    let starts_lower = next
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    if starts_lower {
        return true;
    }
    let Some(before_dot) = previous.strip_suffix('.') else {
        return false;
    };
    let last_word = before_dot
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    // Single capitals are initials ("Asif A. Zardari").
    ABBREVIATIONS.contains(&last_word.as_str())
        || (last_word.len() == 1 && last_word.chars().all(|c| c.is_alphabetic()))
}

fn leading_date_line(line: &str) -> Option<(Date, &str)> {
    let rest = line.trim_start().strip_prefix("date")?.trim_start();
    let date = rest.get(..10)?.parse().ok()?;
    Some((date, rest[10..].trim_start()))
}

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A month name or abbreviation ("Jan", "Jan.", "Sept") as 1–12.
pub fn month_number(word: &str) -> Option<u8> {
    let word = word.trim_end_matches('.').as_bytes();
    // No month name is longer than "september"; each starts with one of these.
    if word.len() < 3
        || word.len() > 9
        || !matches!(
            word[0].to_ascii_lowercase(),
            b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd'
        )
    {
        return None;
    }
    // Compared as bytes: a non-ASCII byte equals no byte of a month name.
    let mut buffer = [0u8; 9];
    let lower = &mut buffer[..word.len()];
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    let word: &[u8] = if lower == b"sept" { b"sep" } else { lower };
    MONTHS
        .iter()
        .map(|m| m.as_bytes())
        .position(|m| m == word || (word.len() == 3 && m.starts_with(word)))
        .map(|i| i as u8 + 1)
}

/// Recognises a dateline ("ISLAMABAD, Jan 5 :", "BEIJING, June 7 —", "ISLAMABAD:")
/// at the start of a line and returns how many bytes it takes.
fn dateline(line: &str, preamble: &mut Preamble) -> Option<usize> {
    let place_end = line
        .find(|c: char| !(c.is_uppercase() || c == ' ' || c == '-' || c == '\''))
        .unwrap_or(line.len());
    let place = line[..place_end].trim();
    // At least one all-caps word of 3+ letters, nothing lower-case inside.
    if place.len() < 3 || !place.split(' ').any(|w| w.len() >= 3) {
        return None;
    }
    let mut rest = &line[place_end..];
    let mut month_day = None;
    if let Some(after_comma) = rest.strip_prefix(',') {
        let mut words = after_comma.split_whitespace();
        let month = month_number(words.next()?)?;
        let day_word = words.next()?;
        let day: u8 = day_word.trim_end_matches([',', ':', '.']).parse().ok()?;
        month_day = Some((month, day));
        let day_end = after_comma.find(day_word)? + day_word.len();
        rest = &after_comma[day_end..];
        // "BEIJING, Feb 6: …": the separator came with the day.
        if day_word.ends_with(':') {
            rest = rest.trim_start();
            return finish_dateline(line, place, month_day, rest, preamble);
        }
    }
    let trimmed = rest.trim_start();
    let separator = trimmed.chars().next()?;
    if !matches!(separator, ':' | '—' | '–' | '-') {
        return None;
    }
    let after = trimmed[separator.len_utf8()..].trim_start();
    finish_dateline(line, place, month_day, after, preamble)
}

/// Records a recognised dateline and returns how many bytes it takes.
fn finish_dateline(
    line: &str,
    place: &str,
    month_day: Option<(u8, u8)>,
    after: &str,
    preamble: &mut Preamble,
) -> Option<usize> {
    preamble
        .dateline_place
        .get_or_insert_with(|| place.to_string());
    if month_day.is_some() {
        preamble.dateline_month_day.get_or_insert(month_day?);
    }
    Some(line.len() - after.len())
}

fn is_boilerplate(line: &str) -> bool {
    let lower = line.to_lowercase();
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    BOILERPLATE_PREFIXES.iter().any(|p| lower.starts_with(p))
        || (line.starts_with('(') && line.ends_with(')') && bare.len() <= 12)
        || bare.is_empty()
}

/// A line with no sentence punctuation at its end and few words.
fn is_heading(line: &str) -> bool {
    let last = line.chars().last().unwrap_or('.');
    !matches!(last, '.' | '!' | '?' | '"' | '”' | '’' | ':' | ';')
        && line.split_whitespace().count() <= 16
}

/// A word or punctuation mark of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    /// The token's text, lower-cased, with curly quotes and dashes made ASCII.
    /// Inline up to 24 bytes: almost no word needs a heap allocation.
    pub norm: CompactString,
    pub is_word: bool,
    /// The first character is upper-case.
    pub capitalized: bool,
}

/// Splits `text` (starting at byte `offset` of the article) into tokens.
///
/// Words keep internal hyphens, apostrophes, slashes and dots ("co-chaired",
/// "ML-1", "DPM/FM", "2.0"); a possessive "'s" is its own token.
pub fn tokenize(text: &str, offset: usize) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        if c.is_alphanumeric() {
            let mut j = i + c.len_utf8();
            loop {
                // Most of a word is ASCII letters and digits: skip them bytewise.
                j += text.as_bytes()[j..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count();
                let Some(d) = char_at(text, j) else {
                    break;
                };
                if d.is_alphanumeric() {
                    j += d.len_utf8();
                    continue;
                }
                // Most words end at a space: the joiner test comes first.
                if !matches!(
                    d,
                    '-' | '‑' | '‐' | '–' | '\'' | '’' | 'ʼ' | '/' | '.' | '&'
                ) {
                    break;
                }
                let after = j + d.len_utf8();
                match char_at(text, after).filter(|e| e.is_alphanumeric()) {
                    Some(e) if !is_possessive_at(text, j) => j = after + e.len_utf8(),
                    _ => break,
                }
            }
            tokens.push(token(text, start, j, offset, true));
            i = j;
        } else {
            let mut end = i + c.len_utf8();
            if is_possessive_at(text, i) {
                end += 1;
            }
            tokens.push(token(text, start, end, offset, end - start > c.len_utf8()));
            i = end;
        }
    }
    tokens
}

/// The character starting at byte `i`, if any.
fn char_at(text: &str, i: usize) -> Option<char> {
    match *text.as_bytes().get(i)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => text[i..].chars().next(),
    }
}

/// An apostrophe at byte `j` followed by an "s" that ends the word.
fn is_possessive_at(text: &str, j: usize) -> bool {
    char_at(text, j).is_some_and(|c| matches!(c, '\'' | '’'))
        && text[j..].chars().nth(1) == Some('s')
        && text[j..]
            .chars()
            .nth(2)
            .is_none_or(|c| !c.is_alphanumeric())
        && text[..j]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

fn token(text: &str, start: usize, end: usize, offset: usize, is_word: bool) -> Token {
    let raw = &text[start..end];
    Token {
        span: Span::new(start + offset, end + offset),
        norm: normalized(raw),
        is_word,
        capitalized: raw.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Lower-cases and makes curly quotes and dashes ASCII.
pub fn normalize(raw: &str) -> String {
    normalized(raw)
}

/// [`normalize`] into any string type.
fn normalized<S>(raw: &str) -> S
where
    S: for<'a> From<&'a str> + DerefMut<Target = str> + FromIterator<char>,
{
    // Most tokens are lower-case ASCII already.
    if raw.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return S::from(raw);
    }
    if raw.is_ascii() {
        let mut lower = S::from(raw);
        lower.make_ascii_lowercase();
        return lower;
    }
    raw.chars()
        .map(fold_char)
        .flat_map(char::to_lowercase)
        .collect()
}

/// Curly apostrophes, quotes and dashes made ASCII, so that one lexicon form
/// matches every typographic variant.
pub fn fold_char(c: char) -> char {
    match c {
        '’' | '‘' | 'ʼ' => '\'',
        '“' | '”' => '"',
        '‑' | '–' | '—' | '‐' => '-',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split_sentences(text)
            .0
            .iter()
            .map(|s| &text[s.span.start..s.span.end])
            .collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sentences("On Jan. 5, Pakistan met Mr. Wang. He agreed."),
            ["On Jan. 5, Pakistan met Mr. Wang.", "He agreed."]
        );
        assert_eq!(
            sentences("The U.S. and China spoke. Talks ended."),
            ["The U.S. and China spoke.", "Talks ended."]
        );
    }

    #[test]
    fn headline_and_dateline_kept_apart() {
        let text =
            "Pak, China restart CPEC\n\nISLAMABAD, Jan 5 : Both sides agreed. More followed.\n";
        let (found, preamble) = split_sentences(text);
        assert_eq!(found[0].kind, SentenceKind::Headline);
        assert_eq!(
            sentences(text),
            [
                "Pak, China restart CPEC",
                "Both sides agreed.",
                "More followed."
            ]
        );
        assert_eq!(preamble.dateline_month_day, Some((1, 5)));
        assert_eq!(preamble.dateline_place.as_deref(), Some("ISLAMABAD"));
    }

    #[test]
    fn long_runs_are_cut_into_bounded_sentences_at_spaces() {
        let words = "Pakistan China corridor talks ".repeat(2000);
        let glued = "é".repeat(3000);
        for line in [words.trim_end().to_string(), glued] {
            let spans: Vec<Span> = split_sentences(&line).0.iter().map(|s| s.span).collect();
            assert!(spans.len() > 1);
            assert!(spans.iter().all(|s| s.end - s.start <= MAX_SENTENCE_BYTES));
            // Nothing is lost: only the spaces between the pieces are left out.
            assert_eq!(
                (spans[0].start, spans[spans.len() - 1].end),
                (0, line.len())
            );
            for pair in spans.windows(2) {
                assert!(line[pair[0].end..pair[1].start].trim().is_empty());
                assert!(!line[pair[1].start..].starts_with(' '));
            }
        }
    }

    #[test]
    fn leading_date_line_is_read_and_skipped() {
        let text = " date 2025-01-12 ISLAMABAD: Pakistan and China agreed.";
        let (found, preamble) = split_sentences(text);
        assert_eq!(preamble.date, Date::new(2025, 1, 12));
        assert_eq!(
            &text[found[0].span.start..found[0].span.end],
            "Pakistan and China agreed."
        );
    }

    #[test]
    fn windowed_segmentation_is_uax29() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
        let mut texts: Vec<String> = [
            "On Jan. 5, Pakistan met Mr. Wang. He agreed.",
            "The U.S. and China spoke. Talks ended.",
            "“Secure and smooth,” he said. “Yes!” (UNI) Done?! ok. Next… 3.5 km. e.g. this. A.B. C",
            "Wait... what? \"Quoted.\" [Bracket.] x.Y z. 7. Ends.\r\nNew.\u{2029}Para。中文。End",
            "a.b.c. D. e. F.) g ( H. ' i.' J.’ K.” l.  — M. 1.2.3. N.\t O.\u{a0}P. q.\u{301}R.",
            "",
            ".",
            "A",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        for dir in ["seeds", "tests/corpus"] {
            for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "txt") {
                    texts.push(std::fs::read_to_string(path).unwrap());
                }
            }
        }
        for text in &texts {
            for line in text.split_inclusive('\n') {
                let reference: Vec<usize> = line
                    .split_sentence_bound_indices()
                    .map(|(s, _)| s)
                    .collect();
                let expected = if line.is_empty() { vec![0] } else { reference };
                assert_eq!(piece_starts(line), expected, "{line:?}");
            }
        }
    }

    #[test]
    fn tokens_keep_compounds_and_split_possessives() {
        let words: Vec<String> = tokenize("Dar’s co-chaired ML-1 talks (CPEC 2.0), DPM/FM.", 0)
            .into_iter()
            .map(|t| t.norm.into())
            .collect();
        assert_eq!(
            words,
            [
                "dar",
                "'s",
                "co-chaired",
                "ml-1",
                "talks",
                "(",
                "cpec",
                "2.0",
                ")",
                ",",
                "dpm/fm",
                "."
            ]
        );
    }
}
