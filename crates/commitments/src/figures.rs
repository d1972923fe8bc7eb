//! Amounts, quantities and project stages written in a sentence, and which named object each belongs to.

use std::cmp::Ordering;
use std::fmt;
use std::ops::Range;

/// Money: "$46 billion", "US$ 500 million", "Rs 10 billion", "RMB 1bn".
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Amount {
    /// ISO 4217: `USD`, `PKR`, `CNY`, `EUR`.
    pub currency: &'static str,
    /// In whole units of the currency (46 billion dollars is 46000000000).
    pub value: u64,
    /// As written in the sentence.
    pub text: String,
}

impl fmt::Display for Amount {
    /// `USD 46000000000`: currency and value, the form spreadsheets sort.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.currency, self.value)
    }
}

/// A physical size: "1,100-megawatt", "720MW", "1,733 km".
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quantity {
    /// The number as a plain decimal: `1100`, `2.5`.
    pub value: String,
    /// `MW`, `GW`, `km`, `kV`, `acres`.
    pub unit: &'static str,
    /// As written in the sentence.
    pub text: String,
}

impl fmt::Display for Quantity {
    /// `1100 MW`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.value, self.unit)
    }
}

/// The stage of a project that the sentence speaks of. It may be a fact
/// ("the completed motorway") or the aim of the commitment ("early
/// completion of ML-1"); the evidence sentence says which.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    /// "feasibility" (study).
    Feasibility,
    /// "groundbreaking", "ground-breaking", "foundation stone".
    Groundbreaking,
    /// "under construction".
    UnderConstruction,
    /// "completed", "completion".
    Completed,
    /// "operational", "operationalisation", "operationalization".
    Operational,
    /// "inaugurated", "inauguration".
    Inaugurated,
}

impl Stage {
    /// Every stage, in order.
    pub const ALL: [Stage; 6] = [
        Stage::Feasibility,
        Stage::Groundbreaking,
        Stage::UnderConstruction,
        Stage::Completed,
        Stage::Operational,
        Stage::Inaugurated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Feasibility => "feasibility",
            Stage::Groundbreaking => "groundbreaking",
            Stage::UnderConstruction => "under construction",
            Stage::Completed => "completed",
            Stage::Operational => "operational",
            Stage::Inaugurated => "inaugurated",
        }
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Everything a sentence says about the size, cost and stage of one object.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Figures {
    pub amounts: Vec<Amount>,
    pub quantities: Vec<Quantity>,
    pub stages: Vec<Stage>,
}

impl Figures {
    pub fn is_empty(&self) -> bool {
        self.amounts.is_empty() && self.quantities.is_empty() && self.stages.is_empty()
    }
}

/// One figure found in a sentence, with its byte range.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Found {
    Amount(Amount),
    Quantity(Quantity),
    Stage(Stage),
}

/// The figures of `sentence` that belong to the object written at `target`,
/// given where the sentence writes every object (`names`, which contains
/// `target`).
///
/// A figure belongs to the nearest written object in its own clause; clauses
/// end at `;`, `:`, `—`, a spaced dash, and a comma that is not a thousands
/// separator. A figure in a clause that names no object belongs to none.
///
/// ```
/// use cpec_commitments::figures_of;
///
/// let s = "Both sides agreed to build the 1,100-megawatt Kohala hydropower project, and to upgrade ML-1.";
/// let kohala = s.find("Kohala").unwrap()..s.find(" project,").unwrap() + 8;
/// let ml1 = s.find("ML-1").unwrap()..s.find("ML-1").unwrap() + 4;
/// let figures = figures_of(s, &[kohala.clone(), ml1.clone()], &[kohala]);
/// assert_eq!(figures.quantities[0].to_string(), "1100 MW");
/// assert!(figures_of(s, &[ml1.clone()], &[ml1]).is_empty());
/// ```
pub fn figures_of(sentence: &str, names: &[Range<usize>], target: &[Range<usize>]) -> Figures {
    let clauses = clauses(sentence);
    let clause_of = |at: usize| clauses.iter().position(|c| c.contains(&at));
    let mut figures = Figures::default();
    for (span, found) in scan(sentence) {
        let clause = clause_of(span.start);
        let owner = names
            .iter()
            .filter(|n| clause_of(n.start) == clause)
            .min_by(|a, b| nearest(&span, a, b));
        if owner.is_some_and(|o| target.contains(o)) {
            match found {
                Found::Amount(a) if !figures.amounts.contains(&a) => figures.amounts.push(a),
                Found::Quantity(q) if !figures.quantities.contains(&q) => {
                    figures.quantities.push(q)
                }
                Found::Stage(s) if !figures.stages.contains(&s) => figures.stages.push(s),
                _ => {}
            }
        }
    }
    figures
}

/// Bytes between a figure and a name; ties go to the name after the figure
/// ("the 720MW Karot project"), then to the earlier name.
fn nearest(figure: &Range<usize>, a: &Range<usize>, b: &Range<usize>) -> Ordering {
    let gap = |n: &Range<usize>| {
        let distance = if n.start >= figure.end {
            n.start - figure.end
        } else {
            figure.start.saturating_sub(n.end)
        };
        (distance, n.start < figure.start, n.start)
    };
    gap(a).cmp(&gap(b))
}

/// Byte ranges of the clauses of a sentence.
fn clauses(sentence: &str) -> Vec<Range<usize>> {
    let bytes = sentence.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in sentence.char_indices() {
        let next = sentence[i + c.len_utf8()..].chars().next();
        let spaced = i > 0 && bytes[i - 1] == b' ' && next == Some(' ');
        let ends = match c {
            ';' | ':' | '—' => true,
            '–' | '-' => spaced,
            ',' => !next.is_some_and(|n| n.is_ascii_digit()),
            _ => false,
        };
        if ends {
            out.push(start..i);
            start = i + c.len_utf8();
        }
    }
    out.push(start..sentence.len());
    out
}

/// The static code of currency `code` (`USD`), for figures read back from disk.
pub(crate) fn currency_code(code: &str) -> Option<&'static str> {
    CURRENCY_BEFORE
        .iter()
        .chain(CURRENCY_AFTER)
        .map(|(_, known)| *known)
        .find(|known| *known == code)
}

/// The static name of unit `unit` (`MW`), for figures read back from disk.
pub(crate) fn unit_name(unit: &str) -> Option<&'static str> {
    UNITS
        .iter()
        .map(|(_, known)| *known)
        .find(|known| *known == unit)
}

/// Currency signs and words written before a number.
const CURRENCY_BEFORE: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("USD", "USD"),
    ("$", "USD"),
    ("PKR", "PKR"),
    ("Rs.", "PKR"),
    ("Rs", "PKR"),
    ("RMB", "CNY"),
    ("CNY", "CNY"),
    ("¥", "CNY"),
    ("€", "EUR"),
    ("EUR", "EUR"),
];

/// Currency words written after a number and its scale.
const CURRENCY_AFTER: &[(&str, &str)] = &[
    ("dollars", "USD"),
    ("rupees", "PKR"),
    ("yuan", "CNY"),
    ("euros", "EUR"),
];

/// Scale words, as powers of ten.
const SCALES: &[(&str, u32)] = &[
    ("thousand", 3),
    ("lakh", 5),
    ("million", 6),
    ("mn", 6),
    ("m", 6),
    ("crore", 7),
    ("billion", 9),
    ("bn", 9),
    ("trillion", 12),
];

/// Units of size, by the words that write them.
const UNITS: &[(&str, &str)] = &[
    ("megawatts", "MW"),
    ("megawatt", "MW"),
    ("mw", "MW"),
    ("gigawatts", "GW"),
    ("gigawatt", "GW"),
    ("gw", "GW"),
    ("kilometres", "km"),
    ("kilometre", "km"),
    ("kilometers", "km"),
    ("kilometer", "km"),
    ("km", "km"),
    ("kv", "kV"),
    ("kilovolt", "kV"),
    ("acres", "acres"),
];

/// Stage words: the lower-case words in sequence.
const STAGES: &[(&[&str], Stage)] = &[
    (&["feasibility"], Stage::Feasibility),
    (&["groundbreaking"], Stage::Groundbreaking),
    (&["ground", "breaking"], Stage::Groundbreaking),
    (&["foundation", "stone"], Stage::Groundbreaking),
    (&["under", "construction"], Stage::UnderConstruction),
    (&["completed"], Stage::Completed),
    (&["completion"], Stage::Completed),
    (&["operational"], Stage::Operational),
    (&["operationalisation"], Stage::Operational),
    (&["operationalization"], Stage::Operational),
    (&["inaugurated"], Stage::Inaugurated),
    (&["inauguration"], Stage::Inaugurated),
];

/// The alphabetic word starting at `at` (after at most one space or hyphen
/// when `gap`), and where it ends.
fn word_after(sentence: &str, mut at: usize, gap: bool) -> Option<(&str, usize)> {
    if let Some(c) = sentence[at..]
        .chars()
        .next()
        .filter(|c| gap && matches!(c, ' ' | '-' | '\u{a0}'))
    {
        at += c.len_utf8();
    }
    let len = sentence[at..]
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(sentence.len() - at);
    (len > 0).then(|| (&sentence[at..at + len], at + len))
}

/// The number at `at`: digits with thousands commas and one decimal point.
/// Returns its digits without commas and its end.
fn number(sentence: &str, at: usize) -> Option<(String, usize)> {
    let bytes = sentence.as_bytes();
    let mut digits = String::new();
    let mut i = at;
    let mut point = false;
    while i < bytes.len() {
        let b = bytes[i];
        let digit_at = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
        if b.is_ascii_digit() {
            digits.push(b as char);
        } else if b == b',' && !point && (1..=3).all(|k| digit_at(i + k)) && !digit_at(i + 4) {
            // a thousands separator
        } else if b == b'.' && !point && digit_at(i + 1) {
            point = true;
            digits.push('.');
        } else {
            break;
        }
        i += 1;
    }
    (!digits.is_empty()).then_some((digits, i))
}

/// `digits` × 10^`power`, rounded down to a whole number.
fn scaled(digits: &str, power: u32) -> Option<u64> {
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let mut value: u128 = whole.parse().ok()?;
    value = value.checked_mul(10u128.pow(power))?;
    let mut unit = 10u128.pow(power);
    for d in fraction.bytes().map(|b| u128::from(b - b'0')) {
        unit /= 10;
        value += d * unit;
    }
    u64::try_from(value).ok()
}

/// The currency written just before `at`, and where it starts.
fn currency_before(sentence: &str, at: usize) -> Option<(&'static str, usize)> {
    let head = sentence[..at].trim_end_matches([' ', '\u{a0}']);
    if at - head.len() > 2 {
        return None;
    }
    CURRENCY_BEFORE.iter().find_map(|(sign, code)| {
        let start = head.strip_suffix(sign)?.len();
        let boundary = sentence[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        boundary.then_some((*code, start))
    })
}

/// Every amount, quantity and stage word of a sentence, in order.
fn scan(sentence: &str) -> Vec<(Range<usize>, Found)> {
    let mut found = Vec::new();
    let bytes = sentence.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let starts_number =
            bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric());
        if starts_number && let Some((digits, end)) = number(sentence, i) {
            if let Some((span, figure)) = figure_at(sentence, i, &digits, end) {
                i = span.end;
                found.push((span, figure));
                continue;
            }
            i = end;
            continue;
        }
        if bytes[i].is_ascii_alphabetic()
            && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
            && let Some((span, stage)) = stage_at(sentence, i)
        {
            i = span.end;
            found.push((span, Found::Stage(stage)));
            continue;
        }
        i += 1;
    }
    found
}

/// An amount or quantity whose number is `digits`, written from `at` to `end`.
fn figure_at(sentence: &str, at: usize, digits: &str, end: usize) -> Option<(Range<usize>, Found)> {
    let before = currency_before(sentence, at);
    let mut last = end;
    let mut power = 0;
    if let Some((word, word_end)) = word_after(sentence, end, true) {
        let lower = word.to_ascii_lowercase();
        if let Some((_, unit)) = UNITS.iter().find(|(w, _)| *w == lower)
            && before.is_none()
        {
            let quantity = Quantity {
                value: digits.to_string(),
                unit,
                text: sentence[at..word_end].to_string(),
            };
            return Some((at..word_end, Found::Quantity(quantity)));
        }
        // "m" only straight after the number: "$46m", not "$46 m".
        let glued = word_end - word.len() == end;
        if let Some((_, p)) = SCALES
            .iter()
            .find(|(w, _)| *w == lower && (*w != "m" || glued))
        {
            power = *p;
            last = word_end;
        }
    }
    let after = word_after(sentence, last, true).and_then(|(word, word_end)| {
        let lower = word.to_ascii_lowercase();
        CURRENCY_AFTER
            .iter()
            .find(|(w, _)| *w == lower)
            .map(|(_, code)| (*code, word_end))
    });
    let (currency, start, stop) = match (before, after) {
        (Some((code, start)), _) => (code, start, last),
        (None, Some((code, word_end))) => (code, at, word_end),
        (None, None) => return None,
    };
    let amount = Amount {
        currency,
        value: scaled(digits, power)?,
        text: sentence[start..stop].to_string(),
    };
    Some((start..stop, Found::Amount(amount)))
}

/// A stage phrase starting at `at`.
fn stage_at(sentence: &str, at: usize) -> Option<(Range<usize>, Stage)> {
    // Most words begin no stage phrase: read the word once, not once per phrase.
    let (first, _) = word_after(sentence, at, false)?;
    let begins = |words: &&[&str]| words.first().is_some_and(|w| first.eq_ignore_ascii_case(w));
    STAGES
        .iter()
        .filter(|(words, _)| begins(words))
        .find_map(|(words, stage)| {
            let mut end = at;
            for (k, expected) in words.iter().enumerate() {
                let (word, word_end) = word_after(sentence, end, k > 0)?;
                if !word.eq_ignore_ascii_case(expected) {
                    return None;
                }
                end = word_end;
            }
            Some((at..end, *stage))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(sentence: &str) -> Vec<String> {
        scan(sentence)
            .into_iter()
            .map(|(span, found)| {
                let what = match found {
                    Found::Amount(a) => a.to_string(),
                    Found::Quantity(q) => q.to_string(),
                    Found::Stage(s) => s.to_string(),
                };
                format!("{what} [{}]", &sentence[span])
            })
            .collect()
    }

    #[test]
    fn amounts_in_every_usual_spelling() {
        assert_eq!(
            all("worth some $46 billion, US$ 500 million and Rs 10 billion"),
            [
                "USD 46000000000 [$46 billion]",
                "USD 500000000 [US$ 500 million]",
                "PKR 10000000000 [Rs 10 billion]"
            ]
        );
        assert_eq!(
            all("unveils $46bn corridor; $2.5bn; Rs.1.2 trillion; 500 million yuan"),
            [
                "USD 46000000000 [$46bn]",
                "USD 2500000000 [$2.5bn]",
                "PKR 1200000000000 [Rs.1.2 trillion]",
                "CNY 500000000 [500 million yuan]"
            ]
        );
        assert_eq!(
            all("the $246 million airport"),
            ["USD 246000000 [$246 million]"]
        );
    }

    #[test]
    fn quantities_with_and_without_space_or_hyphen() {
        assert_eq!(
            all("the 1,100-megawatt unit, the 720MW Karot project, the 1,733 km ML-1"),
            [
                "1100 MW [1,100-megawatt]",
                "720 MW [720MW]",
                "1733 km [1,733 km]"
            ]
        );
        assert_eq!(all("about 2,500 megawatts"), ["2500 MW [2,500 megawatts]"]);
    }

    #[test]
    fn numbers_that_are_not_figures() {
        assert!(
            all("CPEC 2.0, Action Plan 2025-2029, 51 deals, ML-1, 46 billion people").is_empty()
        );
        assert!(all("the 5th meeting on Jan 21, 2024").is_empty());
    }

    #[test]
    fn stages() {
        assert_eq!(
            all(
                "for early completion of ML-1 and the groundbreaking of the airport, now under construction"
            ),
            [
                "completed [completion]",
                "groundbreaking [groundbreaking]",
                "under construction [under construction]"
            ]
        );
        assert!(all("the construction of roads and the operation of the port").is_empty());
    }

    #[test]
    fn a_figure_belongs_to_the_nearest_name_in_its_clause() {
        let s = "Pakistan and China agreed to upgrade the 1,733 km ML-1 and build the 1,100-megawatt Kohala project; Gwadar Port costs $1 billion.";
        let span = |name: &str| {
            let at = s.find(name).unwrap();
            at..at + name.len()
        };
        let (ml1, kohala, gwadar) = (span("ML-1"), span("Kohala project"), span("Gwadar Port"));
        let names = [ml1.clone(), kohala.clone(), gwadar.clone()];
        let of = |target: &Range<usize>| {
            let f = figures_of(s, &names, std::slice::from_ref(target));
            let mut out: Vec<String> = f.amounts.iter().map(ToString::to_string).collect();
            out.extend(f.quantities.iter().map(ToString::to_string));
            out
        };
        assert_eq!(of(&ml1), ["1733 km"]);
        assert_eq!(of(&kohala), ["1100 MW"]);
        assert_eq!(of(&gwadar), ["USD 1000000000"]);
    }

    #[test]
    fn a_figure_in_another_clause_belongs_to_no_one() {
        let s = "Fifty-one agreements worth some $46 billion were signed, setting in motion the China-Pakistan Economic Corridor.";
        let at = s.find("China-Pakistan").unwrap();
        let cpec = at..at + "China-Pakistan Economic Corridor".len();
        assert!(figures_of(s, std::slice::from_ref(&cpec), std::slice::from_ref(&cpec)).is_empty());
    }
}
