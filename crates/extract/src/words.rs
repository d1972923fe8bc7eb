//! Small closed word lists the patterns share: ordinals, numbers, function words.

/// "seventh", "7th", "Seventh" → 7.
pub(crate) fn ordinal(word: &str) -> Option<u32> {
    const WORDS: &[&str] = &[
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    // Patterns ask at every token: a first letter no ordinal has rules most out.
    if !starts_number_word(word) {
        return None;
    }
    // Case-insensitive without allocating: the lists are lower-case ASCII.
    if let Some(i) = WORDS.iter().position(|w| w.eq_ignore_ascii_case(word)) {
        return Some(i as u32 + 1);
    }
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if digits.is_empty()
        || !["st", "nd", "rd", "th"]
            .iter()
            .any(|s| s.eq_ignore_ascii_case(suffix))
    {
        return None;
    }
    digits.parse().ok()
}

/// "three", "3" → 3.
pub(crate) fn cardinal(word: &str) -> Option<u32> {
    const UNITS: &[&str] = &[
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: &[&str] = &[
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if !starts_number_word(word) {
        return None;
    }
    let unit = |w: &str| UNITS.iter().position(|u| *u == w).map(|i| i as u32 + 1);
    let tens = |w: &str| {
        TENS.iter()
            .position(|t| *t == w)
            .map(|i| i as u32 * 10 + 20)
    };
    // "fifty-one", "twenty three" written with a hyphen.
    if let Some((t, u)) = word.split_once('-') {
        return Some(tens(t)? + unit(u).filter(|&u| u < 10)?);
    }
    unit(word)
        .or_else(|| tens(word))
        .or_else(|| word.parse().ok())
}

/// A digit, or the first letter of a number or ordinal word (one, two,
/// three, four, five, six, seven, eight, nine, ten, eleven…, first, second…):
/// a cheap test before the word lists.
fn starts_number_word(word: &str) -> bool {
    word.bytes()
        .next()
        .is_some_and(|b| b.is_ascii_digit() || b"ofstenOFSTEN".contains(&b))
}

/// English ordinal suffix: 1 → "1st", 12 → "12th", 23 → "23rd".
pub(crate) fn ordinal_name(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Capitalised words that start sentences or headings but never names.
pub(crate) fn is_function_word(norm: &str) -> bool {
    const WORDS: &[&str] = &[
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "on",
        "in",
        "at",
        "during",
        "after",
        "before",
        "as",
        "and",
        "but",
        "or",
        "with",
        "while",
        "for",
        "from",
        "to",
        "by",
        "of",
        "he",
        "she",
        "it",
        "they",
        "we",
        "his",
        "her",
        "its",
        "their",
        "our",
        "both",
        "also",
        "meanwhile",
        "separately",
        "later",
        "earlier",
        "further",
        "moreover",
        "additionally",
        "however",
        "according",
        "under",
        "among",
        "both",
        "other",
        "all",
        "each",
        "read",
        "more",
        "mr",
        "mrs",
        "ms",
        "dr",
        "last",
        "next",
        "new",
        "then",
        "since",
        "following",
        "speaking",
        "addressing",
        "according",
        "regarding",
        "news",
        "latest",
    ];
    WORDS.contains(&norm)
}

/// Words after which a place is where something is, not who acts.
pub(crate) fn is_place_preposition(norm: &str) -> bool {
    matches!(
        norm,
        "in" | "at" | "to" | "for" | "from" | "between" | "into" | "near" | "across" | "within"
    )
}

/// Lower-case words allowed inside a capitalised name ("Board of Investment").
/// Weekdays and months: "on Friday", "in March".
pub(crate) fn is_date_word(norm: &str) -> bool {
    crate::dates::WEEKDAYS.contains(&norm) || crate::text::month_number(norm).is_some()
}

pub(crate) fn is_name_connector(norm: &str) -> bool {
    matches!(norm, "of" | "and" | "for" | "on" | "the" | "in" | "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals() {
        assert_eq!(ordinal("Seventh"), Some(7));
        assert_eq!(ordinal("13th"), Some(13));
        assert_eq!(ordinal("13"), None);
        assert_eq!(ordinal_name(1), "1st");
        assert_eq!(ordinal_name(12), "12th");
        assert_eq!(ordinal_name(22), "22nd");
    }
}
