//! Name normalisation and the token-set Jaccard that also matches Meetings.

use std::collections::BTreeSet;

/// The form under which two names are compared (the rules of `devgold/README.md`).
///
/// In order: case-folded, diacritics stripped, curly quotes unified to `'` and
/// `"`, dashes unified to `-`, a word-final possessive `'s` dropped, white space
/// collapsed to single spaces and trimmed, and a leading `the` dropped.
///
/// ```
/// use cpec_eval::normalize;
///
/// assert_eq!(normalize("The  Prime Minister’s Visit"), "prime minister visit");
/// assert_eq!(normalize("Karakoram Highway realignment (Raikot–Thakot)"),
///            "karakoram highway realignment (raikot-thakot)");
/// assert_eq!(normalize("Zhōu Ēnlái"), "zhou enlai");
/// ```
pub fn normalize(name: &str) -> String {
    let mut folded = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => folded.push('\''),
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => folded.push('"'),
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => {
                folded.push('-')
            }
            // Combining diacritical marks: what is left of a decomposed accent.
            '\u{0300}'..='\u{036F}' => {}
            _ => {
                for lower in c.to_lowercase() {
                    match fold_letter(lower) {
                        Fold::One(base) => folded.push(base),
                        Fold::Two(base) => folded.push_str(base),
                        Fold::Keep => folded.push(lower),
                    }
                }
            }
        }
    }
    let without_possessive = drop_possessive(&folded);
    let collapsed = without_possessive
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    match collapsed.strip_prefix("the ") {
        Some(rest) => rest.to_string(),
        None => collapsed,
    }
}

/// Drops `'s` when it ends a word: after a letter or digit, before the end or a
/// character that is neither.
fn drop_possessive(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let possessive = chars[i] == '\''
            && chars.get(i + 1) == Some(&'s')
            && i > 0
            && chars[i - 1].is_alphanumeric()
            && chars.get(i + 2).is_none_or(|next| !next.is_alphanumeric());
        if possessive {
            i += 2;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

enum Fold {
    One(char),
    Two(&'static str),
    Keep,
}

/// The base letter(s) of a lower-case Latin letter with a diacritic or a ligature.
fn fold_letter(c: char) -> Fold {
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' | 'ð' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ǒ' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ǔ' | 'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' => {
            'u'
        }
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'ß' => return Fold::Two("ss"),
        'æ' => return Fold::Two("ae"),
        'œ' => return Fold::Two("oe"),
        'þ' => return Fold::Two("th"),
        _ => return Fold::Keep,
    };
    Fold::One(base)
}

/// A token of a Meeting name: a word, or an ordinal read as its number.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Token {
    Ordinal(u32),
    Word(String),
}

/// Words that carry no identity in a Meeting name.
const STOP_WORDS: &[&str] = &[
    "the", "of", "a", "an", "and", "in", "on", "for", "to", "at", "with", "between", "by", "from",
    "s",
];

/// The token set of a name: its normalised form split on anything that is not a
/// letter or digit, stop words left out, ordinals ("seventh", "7th") read as numbers.
pub(crate) fn tokens(name: &str) -> BTreeSet<Token> {
    let normalized = normalize(name);
    let words: Vec<&str> = normalized
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = BTreeSet::new();
    let mut i = 0;
    while i < words.len() {
        // "twenty-first": a tens word followed by a unit ordinal.
        if let (Some(tens), Some(unit)) = (
            tens_word(words[i]),
            words.get(i + 1).and_then(|w| ordinal(w)),
        ) && (1..=9).contains(&unit)
        {
            out.insert(Token::Ordinal(tens + unit));
            i += 2;
            continue;
        }
        if let Some(number) = ordinal(words[i]) {
            out.insert(Token::Ordinal(number));
        } else if !STOP_WORDS.contains(&words[i]) {
            out.insert(Token::Word(words[i].to_string()));
        }
        i += 1;
    }
    out
}

/// The number of an ordinal word (`seventh`, `twentieth`, `fortieth`) or numeral
/// (`1st`, `2nd`, `3rd`, `7th`, `21st`), lower case.
pub(crate) fn ordinal(word: &str) -> Option<u32> {
    const WORDS: [&str; 20] = [
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
    const TENS: [&str; 7] = [
        "thirtieth",
        "fortieth",
        "fiftieth",
        "sixtieth",
        "seventieth",
        "eightieth",
        "ninetieth",
    ];
    if let Some(i) = WORDS.iter().position(|w| *w == word) {
        return Some(i as u32 + 1);
    }
    if let Some(i) = TENS.iter().position(|w| *w == word) {
        return Some(30 + 10 * i as u32);
    }
    let digits_end = word.find(|c: char| !c.is_ascii_digit())?;
    let (digits, suffix) = word.split_at(digits_end);
    if digits.is_empty() || !matches!(suffix, "st" | "nd" | "rd" | "th") {
        return None;
    }
    digits.parse().ok()
}

fn tens_word(word: &str) -> Option<u32> {
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    TENS.iter()
        .position(|w| *w == word)
        .map(|i| 20 + 10 * i as u32)
}

/// Token-set Jaccard of two token sets; 0 when both carry ordinals and they differ.
pub(crate) fn jaccard(a: &BTreeSet<Token>, b: &BTreeSet<Token>) -> f64 {
    let ordinals = |set: &BTreeSet<Token>| -> BTreeSet<u32> {
        set.iter()
            .filter_map(|t| match t {
                Token::Ordinal(n) => Some(*n),
                Token::Word(_) => None,
            })
            .collect()
    };
    let (ordinals_a, ordinals_b) = (ordinals(a), ordinals(b));
    if !ordinals_a.is_empty() && !ordinals_b.is_empty() && ordinals_a != ordinals_b {
        return 0.0;
    }
    let union = a.union(b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / union as f64
}

/// The token-set Jaccard between two Meeting names, as the matcher uses it.
///
/// Names are [`normalize`]d and split on anything that is not a letter or digit.
/// Stop words (`the`, `of`, `a`, `an`, `and`, `in`, `on`, `for`, `to`, `at`,
/// `with`, `between`, `by`, `from`, and a stray `s`) are left out. Ordinals are
/// read as numbers (`seventh`, `Seventh`, `7th` are all 7; `first` to
/// `twentieth`, the tens up to `ninetieth`, `twenty-first`, and any `Nst`, `Nnd`,
/// `Nrd`, `Nth`). Two names that both carry ordinals, and not the same ones,
/// score 0: the 4th round is never the 5th.
///
/// ```
/// use cpec_eval::meeting_jaccard;
///
/// let gold = "7th Pakistan-China Foreign Ministers' Strategic Dialogue";
/// assert_eq!(meeting_jaccard("Seventh Pakistan–China Strategic Dialogue of Foreign Ministers", gold), 1.0);
/// assert_eq!(meeting_jaccard("8th Pakistan-China Foreign Ministers' Strategic Dialogue", gold), 0.0);
/// ```
pub fn meeting_jaccard(a: &str, b: &str) -> f64 {
    jaccard(&tokens(a), &tokens(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_is_folded() {
        assert_eq!(normalize("Ishaq DAR"), "ishaq dar");
        assert_eq!(normalize("CPEC"), normalize("cpec"));
    }

    #[test]
    fn diacritics_are_stripped() {
        assert_eq!(normalize("Zhōu Ēnlái"), "zhou enlai");
        assert_eq!(normalize("Peshāwar Café"), "peshawar cafe");
        assert_eq!(normalize("Lǚ Xiǎo"), "lu xiao");
        // A decomposed accent: e + combining acute.
        assert_eq!(normalize("Cafe\u{301}"), "cafe");
        assert_eq!(normalize("Straße"), "strasse");
    }

    #[test]
    fn curly_quotes_are_unified() {
        assert_eq!(normalize("Ministers’ Dialogue"), "ministers' dialogue");
        assert_eq!(normalize("‘Iron Brothers’"), "'iron brothers'");
        assert_eq!(normalize("“Iron Brothers”"), "\"iron brothers\"");
    }

    #[test]
    fn dashes_are_unified() {
        assert_eq!(normalize("Action Plan 2025–2029"), "action plan 2025-2029");
        assert_eq!(normalize("Pakistan—China"), "pakistan-china");
        assert_eq!(normalize("Pakistan\u{2011}China"), "pakistan-china");
        assert_eq!(normalize("Pakistan-China"), "pakistan-china");
    }

    #[test]
    fn possessive_s_is_dropped() {
        assert_eq!(
            normalize("Ishaq Dar's official visit"),
            "ishaq dar official visit"
        );
        assert_eq!(
            normalize("Ishaq Dar’s official visit"),
            "ishaq dar official visit"
        );
        assert_eq!(normalize("Pakistan's"), "pakistan");
        // Not word-final, or not after a word: kept.
        assert_eq!(normalize("O'sullivan"), "o'sullivan");
        assert_eq!(normalize("' s"), "' s");
        // A plural possessive is not 's.
        assert_eq!(
            normalize("Foreign Ministers' Dialogue"),
            "foreign ministers' dialogue"
        );
    }

    #[test]
    fn leading_the_is_dropped() {
        assert_eq!(
            normalize("The Great Hall of the People"),
            "great hall of the people"
        );
        assert_eq!(normalize("  the  envoy"), "envoy");
        assert_eq!(normalize("Theodore"), "theodore");
        assert_eq!(normalize("the"), "the");
    }

    #[test]
    fn white_space_is_collapsed() {
        assert_eq!(normalize("  Gwadar \t Port\n"), "gwadar port");
        assert_eq!(normalize("Gwadar\u{a0}Port"), "gwadar port");
    }

    #[test]
    fn ordinals_are_read_as_numbers() {
        assert_eq!(ordinal("seventh"), Some(7));
        assert_eq!(ordinal("7th"), Some(7));
        assert_eq!(ordinal("1st"), Some(1));
        assert_eq!(ordinal("2nd"), Some(2));
        assert_eq!(ordinal("3rd"), Some(3));
        assert_eq!(ordinal("21st"), Some(21));
        assert_eq!(ordinal("twentieth"), Some(20));
        assert_eq!(ordinal("fortieth"), Some(40));
        assert_eq!(ordinal("th"), None);
        assert_eq!(ordinal("7"), None);
        assert_eq!(ordinal("7x"), None);
        assert_eq!(ordinal("seven"), None);
        assert!(tokens("Seventh round").contains(&Token::Ordinal(7)));
        assert!(tokens("twenty-first session").contains(&Token::Ordinal(21)));
        assert!(!tokens("twenty-first session").contains(&Token::Word("twenty".into())));
    }

    #[test]
    fn stop_words_are_ignored() {
        let words: Vec<Token> = tokens("The meeting of the JWG on Trade and Investment")
            .into_iter()
            .collect();
        let expected: Vec<Token> = ["investment", "jwg", "meeting", "trade"]
            .iter()
            .map(|w| Token::Word(w.to_string()))
            .collect();
        assert_eq!(words, expected);
    }

    #[test]
    fn jaccard_reads_ordinals_alike() {
        assert_eq!(
            meeting_jaccard("seventh strategic dialogue", "7th Strategic Dialogue"),
            1.0
        );
        assert_eq!(
            meeting_jaccard("Seventh Strategic Dialogue", "7th strategic dialogue"),
            1.0
        );
        // {7, strategic, dialogue} vs {7, strategic, dialogue, beijing}
        assert_eq!(
            meeting_jaccard(
                "7th strategic dialogue",
                "7th strategic dialogue in Beijing"
            ),
            0.75
        );
    }

    #[test]
    fn different_ordinals_never_match() {
        assert_eq!(
            meeting_jaccard("4th meeting of the JWG-ICC", "fifth meeting of the JWG-ICC"),
            0.0
        );
        assert_eq!(meeting_jaccard("4th meeting", "4th meeting"), 1.0);
        // One side without an ordinal is compared on tokens alone.
        assert_eq!(
            meeting_jaccard("meeting of the JWG-ICC", "5th meeting of the JWG-ICC"),
            0.75
        );
    }

    #[test]
    fn empty_names_do_not_match() {
        assert_eq!(meeting_jaccard("", ""), 0.0);
        assert_eq!(meeting_jaccard("the of", "and"), 0.0);
    }
}
