//! Small closed word lists the patterns share: ordinals, numbers, function words.

/// "seventh", "7th", "Seventh" → 7.
pub(crate) fn ordinal(word: &str) -> Option<u32> {
    // Patterns ask at every token: every ordinal ends in "st", "nd", "rd" or
    // "th", which rules most words out before any comparison.
    let stem = word.len().checked_sub(2).and_then(|n| word.get(..n))?;
    let suffix = &word[stem.len()..];
    if !["st", "nd", "rd", "th"]
        .iter()
        .any(|s| s.eq_ignore_ascii_case(suffix))
    {
        return None;
    }
    let mut buffer = [0u8; 12];
    let lower = ascii_lowercase(word, &mut buffer)?;
    let n = match lower {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        _ if stem.bytes().all(|b| b.is_ascii_digit()) => return stem.parse().ok(),
        _ => return None,
    };
    Some(n)
}

/// `word` lower-cased into `buffer` when it is short ASCII: a lookup key
/// for the closed lists here, without allocating.
fn ascii_lowercase<'b>(word: &str, buffer: &'b mut [u8]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    let copy = buffer.get_mut(..bytes.len())?;
    copy.copy_from_slice(bytes);
    copy.make_ascii_lowercase();
    std::str::from_utf8(copy).ok()
}

/// "three", "3" → 3 (lower-case words: callers pass token norms).
pub(crate) fn cardinal(word: &str) -> Option<u32> {
    if word.bytes().next()?.is_ascii_digit() {
        return word.parse().ok();
    }
    if !starts_number_word(word) {
        return None;
    }
    if let Some(n) = number_word(word) {
        return Some(n);
    }
    // "fifty-one", "twenty three" written with a hyphen.
    let hyphen = word.bytes().position(|b| b == b'-')?;
    Some(
        number_word(&word[..hyphen]).filter(|t| t % 10 == 0 && *t >= 20)?
            + number_word(&word[hyphen + 1..]).filter(|&u| u < 10)?,
    )
}

/// The numbers written as one word: "one" to "nineteen" and the tens.
fn number_word(word: &str) -> Option<u32> {
    let n = match word {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    };
    Some(n)
}

/// The first letter of a number word (one, two, three, four, five, six,
/// seven, eight, nine, ten, eleven…): a cheap test before the comparisons.
fn starts_number_word(word: &str) -> bool {
    word.bytes()
        .next()
        .is_some_and(|b| matches!(b, b'o' | b'f' | b's' | b't' | b'e' | b'n'))
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
    matches!(
        norm,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "on"
            | "in"
            | "at"
            | "during"
            | "after"
            | "before"
            | "as"
            | "and"
            | "but"
            | "or"
            | "with"
            | "while"
            | "for"
            | "from"
            | "to"
            | "by"
            | "of"
            | "he"
            | "she"
            | "it"
            | "they"
            | "we"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "both"
            | "also"
            | "meanwhile"
            | "separately"
            | "later"
            | "earlier"
            | "further"
            | "moreover"
            | "additionally"
            | "however"
            | "according"
            | "under"
            | "among"
            | "other"
            | "all"
            | "each"
            | "read"
            | "more"
            | "mr"
            | "mrs"
            | "ms"
            | "dr"
            | "last"
            | "next"
            | "new"
            | "then"
            | "since"
            | "following"
            | "speaking"
            | "addressing"
            | "regarding"
            | "news"
            | "latest"
    )
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
    fn cardinals() {
        assert_eq!(cardinal("three"), Some(3));
        assert_eq!(cardinal("fifty-one"), Some(51));
        assert_eq!(cardinal("fifteen-one"), None);
        assert_eq!(cardinal("twenty-ten"), None);
        assert_eq!(cardinal("1960"), Some(1960));
        assert_eq!(cardinal("one-sided"), None);
        assert_eq!(cardinal("often"), None);
    }

    #[test]
    fn ordinals() {
        assert_eq!(ordinal("Seventh"), Some(7));
        assert_eq!(ordinal("13th"), Some(13));
        assert_eq!(ordinal("13"), None);
        assert_eq!(ordinal("north"), None);
        assert_eq!(ordinal("1,000th"), None);
        assert_eq!(ordinal_name(1), "1st");
        assert_eq!(ordinal_name(12), "12th");
        assert_eq!(ordinal_name(22), "22nd");
    }
}
