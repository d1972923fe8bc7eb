//! When a statement was made: a day or a period, and what the date rests on.

use std::cmp::Ordering;
use std::fmt;

use cpec_model::Date;

/// What a mention's date was read from, most specific first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Basis {
    /// The sentence's own time words ("on Wednesday", "last month"),
    /// counted from the article's date.
    Sentence,
    /// The dates of the meeting the statement was made at.
    Meeting,
    /// The article's date (date line, dateline, the text, or `--date`).
    Article,
    /// Nothing dates it: the article is undated and so is its meeting.
    Undated,
}

impl Basis {
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Sentence => "sentence",
            Basis::Meeting => "meeting",
            Basis::Article => "article",
            Basis::Undated => "undated",
        }
    }
}

impl fmt::Display for Basis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The date of a statement: one day, a period (a visit, "last month"), or undated.
///
/// `Display` writes ISO 8601: `2026-01-04`, a whole month `2024-12`, a whole
/// year `2024`, any other period `2025-02-04/2025-02-08`, and `undated`.
/// Ordering is chronological by start, then end, undated last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct When {
    /// First day; `None` when undated.
    pub start: Option<Date>,
    /// Last day of a period; `None` for a single day.
    pub end: Option<Date>,
    pub basis: Basis,
    /// The sentence's time words: the date's source when `basis` is
    /// `Sentence`, or what an undated article says ("on Wednesday").
    pub cue: Option<String>,
}

impl When {
    /// An undated statement, with the time words that could not be resolved.
    pub fn undated(cue: Option<String>) -> When {
        When {
            start: None,
            end: None,
            basis: Basis::Undated,
            cue,
        }
    }

    /// A day or period; `end` is dropped when it is not after `start`.
    pub fn period(start: Date, end: Option<Date>, basis: Basis) -> When {
        When {
            start: Some(start),
            end: end.filter(|e| *e > start),
            basis,
            cue: None,
        }
    }

    /// The last day: `end`, else `start`.
    pub fn last_day(&self) -> Option<Date> {
        self.end.or(self.start)
    }

    /// Chronological order, undated last.
    pub fn chronological(&self, other: &When) -> Ordering {
        match (self.start, other.start) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Greater,
            (Some(_), None) => Ordering::Less,
            (Some(a), Some(b)) => a.cmp(&b).then(self.last_day().cmp(&other.last_day())),
        }
    }
}

impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(start) = self.start else {
            return f.write_str("undated");
        };
        let Some(end) = self.end else {
            return write!(f, "{start}");
        };
        let whole_month = start.day() == 1
            && start.year() == end.year()
            && start.month() == end.month()
            && end.add_days(1).day() == 1;
        let whole_year = start.year() == end.year()
            && (start.month(), start.day()) == (1, 1)
            && (end.month(), end.day()) == (12, 31);
        if whole_year {
            write!(f, "{:04}", start.year())
        } else if whole_month {
            write!(f, "{:04}-{:02}", start.year(), start.month())
        } else {
            write!(f, "{start}/{end}")
        }
    }
}

/// A word of a sentence: a maximal run of letters and digits, with its byte range.
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

impl Word<'_> {
    fn is(&self, lower: &str) -> bool {
        self.text.eq_ignore_ascii_case(lower)
    }

    fn capitalized(&self) -> bool {
        self.text.starts_with(|c: char| c.is_uppercase())
    }
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word {
                    text: &text[s..i],
                    start: s,
                    end: i,
                });
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// A past time the sentence names relative to the day it was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Relative {
    /// Days before the article's date: today 0, yesterday 1.
    DaysAgo(i64),
    /// The latest such weekday (0 = Monday) on or before the article's date;
    /// `strictly` before it for "last Wednesday".
    Weekday {
        day: u8,
        strictly: bool,
    },
    LastWeek,
    EarlierThisWeek,
    LastMonth,
    EarlierThisMonth,
    LastYear,
    EarlierThisYear,
}

impl Relative {
    /// The first and last day it names, counted from `anchor`.
    fn resolve(self, anchor: Date) -> (Date, Date) {
        let monday = anchor.add_days(-i64::from(anchor.weekday()));
        let first_of_month = anchor.add_days(1 - i64::from(anchor.day()));
        let year_start = |y: i32| Date::new(y, 1, 1).unwrap_or(anchor);
        match self {
            Relative::DaysAgo(n) => (anchor.add_days(-n), anchor.add_days(-n)),
            Relative::Weekday { day, strictly } => {
                let mut back = (i64::from(anchor.weekday()) - i64::from(day)).rem_euclid(7);
                if strictly && back == 0 {
                    back = 7;
                }
                (anchor.add_days(-back), anchor.add_days(-back))
            }
            Relative::LastWeek => (monday.add_days(-7), monday.add_days(-1)),
            Relative::EarlierThisWeek => (monday, anchor),
            Relative::LastMonth => {
                let last = first_of_month.add_days(-1);
                (last.add_days(1 - i64::from(last.day())), last)
            }
            Relative::EarlierThisMonth => (first_of_month, anchor),
            Relative::LastYear => (
                year_start(anchor.year() - 1),
                year_start(anchor.year()).add_days(-1),
            ),
            Relative::EarlierThisYear => (year_start(anchor.year()), anchor),
        }
    }
}

/// Whether a word is a form of the cue `verb` (a lemma such as `agree`,
/// `stand ready`): it starts with the first four letters of the lemma's
/// last word ("agreed", "reaffirming", "readiness").
fn is_cue(word: &Word<'_>, verb: &str) -> bool {
    let last = verb.rsplit(' ').next().unwrap_or(verb);
    let stem: String = last.chars().take(4).collect();
    !stem.is_empty()
        && word
            .text
            .get(..stem.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(&stem))
}

/// How many words may separate a period ("last month") from the cue verb.
const NEAR_CUE: usize = 6;

/// The first past-time expression of a sentence that dates its commitment,
/// its words as written, and what it names.
///
/// Read: "today", "yesterday", a capitalised weekday ("on Wednesday", "late
/// on Wednesday", "said Wednesday", "last Wednesday") anywhere in the
/// sentence, as news reports date what was said; and "last week / month /
/// year", "earlier this week / month / year" only within six words of the
/// cue `verb` ("Last month, the two sides agreed …"), since elsewhere they
/// date something else ("the corridors launched earlier this year"). Not
/// read: a weekday after "next", "coming", "following", "by", "until",
/// "till", "every", "from", and "this year", "next month", which in a
/// commitment name its deadline rather than the day it was made.
fn find_relative(text: &str, verb: &str) -> Option<(String, Relative)> {
    let words = words(text);
    let near_cue = |from: usize, to: usize| {
        let lo = from.saturating_sub(NEAR_CUE);
        let hi = (to + NEAR_CUE).min(words.len().saturating_sub(1));
        words
            .get(lo..=hi)
            .is_some_and(|ws| ws.iter().any(|w| is_cue(w, verb)))
    };
    let at = |i: usize| words.get(i);
    let is = |i: usize, lower: &str| at(i).is_some_and(|w| w.is(lower));
    for (i, word) in words.iter().enumerate() {
        let previous = i.checked_sub(1).and_then(at);
        let found = if word.is("today") {
            Some((i, Relative::DaysAgo(0)))
        } else if word.is("yesterday") {
            Some((i, Relative::DaysAgo(1)))
        } else if let Some(day) = cpec_extract::dates::WEEKDAYS
            .iter()
            .position(|d| word.is(d))
        {
            let blocked = previous.is_some_and(|p| {
                [
                    "next",
                    "coming",
                    "following",
                    "by",
                    "until",
                    "till",
                    "every",
                    "from",
                ]
                .iter()
                .any(|b| p.is(b))
            });
            (word.capitalized() && !blocked).then_some((
                i,
                Relative::Weekday {
                    day: day as u8,
                    strictly: previous.is_some_and(|p| p.is("last")),
                },
            ))
        } else if word.is("last") {
            let unit = [
                ("week", Relative::LastWeek),
                ("month", Relative::LastMonth),
                ("year", Relative::LastYear),
            ];
            unit.into_iter()
                .find(|(u, _)| is(i + 1, u))
                .map(|(_, r)| (i + 1, r))
        } else if word.is("earlier") && is(i + 1, "this") {
            let unit = [
                ("week", Relative::EarlierThisWeek),
                ("month", Relative::EarlierThisMonth),
                ("year", Relative::EarlierThisYear),
            ];
            unit.into_iter()
                .find(|(u, _)| is(i + 2, u))
                .map(|(_, r)| (i + 2, r))
        } else {
            None
        };
        let period = found
            .is_some_and(|(_, r)| !matches!(r, Relative::DaysAgo(_) | Relative::Weekday { .. }));
        if period && found.is_some_and(|(last, _)| !near_cue(i, last)) {
            continue;
        }
        if let Some((last, relative)) = found {
            // "last Wednesday" and "on Wednesday" keep their first word in the cue.
            let first = match relative {
                Relative::Weekday { .. }
                    if previous.is_some_and(|p| p.is("on") || p.is("last")) =>
                {
                    i - 1
                }
                _ => i,
            };
            return Some((
                text[words[first].start..words[last].end].to_string(),
                relative,
            ));
        }
    }
    None
}

/// The date a sentence gives its commitment, counted from the article's date.
///
/// `verb` is the lemma of the commitment's cue (`agree`, `reaffirm`).
/// Returns the time words and, when `anchor` is known, the first and last
/// day they name. `None` when the sentence has no such expression.
///
/// ```
/// use cpec_commitments::sentence_date;
///
/// let thursday = "2025-02-06".parse().ok();
/// let s = "Both reaffirmed their partnership, according to a joint declaration issued on Wednesday.";
/// let (cue, days) = sentence_date(s, thursday, "reaffirm").unwrap();
/// assert_eq!(cue, "on Wednesday");
/// assert_eq!(days.unwrap().0.to_string(), "2025-02-05");
/// let s = "Pakistan and China on Wednesday committed to …";
/// assert_eq!(sentence_date(s, None, "commit").unwrap().1, None);
/// // Not the day of the agreement, but of the launch.
/// let s = "They agreed to build on the health and green corridors launched earlier this year.";
/// assert_eq!(sentence_date(s, thursday, "agree"), None);
/// ```
pub fn sentence_date(
    text: &str,
    anchor: Option<Date>,
    verb: &str,
) -> Option<(String, Option<(Date, Date)>)> {
    let (cue, relative) = find_relative(text, verb)?;
    Some((cue, anchor.map(|a| relative.resolve(a))))
}

/// The month a capitalised word names: "January", "Jan", "Sept".
fn month(word: &Word<'_>) -> Option<u8> {
    if !word.capitalized() {
        return None;
    }
    cpec_extract::text::month_number(word.text)
}

fn day(word: &Word<'_>) -> Option<u8> {
    word.text
        .parse::<u8>()
        .ok()
        .filter(|d| (1..=31).contains(d))
}

fn year(word: &Word<'_>) -> Option<i32> {
    word.text
        .parse::<i32>()
        .ok()
        .filter(|y| (1900..2100).contains(y))
}

/// Month and day at `i` ("January 3", "3 January"), month possibly absent
/// when `bare_day` ("to 8"), and the index after it.
fn month_day(words: &[Word<'_>], i: usize, bare_day: bool) -> Option<(Option<u8>, u8, usize)> {
    let word = words.get(i)?;
    if let Some(m) = month(word) {
        let d = day(words.get(i + 1)?)?;
        return Some((Some(m), d, i + 2));
    }
    let d = day(word)?;
    match words.get(i + 1).and_then(month) {
        Some(m) => Some((Some(m), d, i + 2)),
        None if bare_day => Some((None, d, i + 1)),
        None => None,
    }
}

/// The year nearest to `anchor` that puts `month`/`day` on a real date.
fn nearest_year(month: u8, day: u8, anchor: Date) -> Option<Date> {
    [anchor.year() - 1, anchor.year(), anchor.year() + 1]
        .into_iter()
        .filter_map(|y| Date::new(y, month, day))
        .min_by_key(|d| (d.to_days() - anchor.to_days()).abs())
}

/// A period written "from January 3 to January 5", "from February 4 to 8",
/// "from 3 to 5 January 2026" or "from 30 December 2025 till 2 January": the
/// dates of a visit or a meeting. A missing year is the one nearest
/// `anchor`; without either, `None`.
///
/// ```
/// use cpec_commitments::date_range;
///
/// let anchor = "2025-02-06".parse().ok();
/// let (start, end) = date_range("on a five-day visit from February 4 to 8.", anchor).unwrap();
/// assert_eq!((start.to_string(), end.to_string()), ("2025-02-04".into(), "2025-02-08".into()));
/// ```
pub fn date_range(text: &str, anchor: Option<Date>) -> Option<(Date, Date)> {
    let words = words(text);
    for (i, word) in words.iter().enumerate() {
        if !word.is("from") {
            continue;
        }
        let Some((first_month, first_day, mut next)) = month_day(&words, i + 1, true) else {
            continue;
        };
        let mut first_year = None;
        if let Some(y) = words.get(next).and_then(year) {
            first_year = Some(y);
            next += 1;
        }
        let joined = words
            .get(next)
            .is_some_and(|w| ["to", "till", "until", "through"].iter().any(|t| w.is(t)))
            || text[words[next - 1].end..words.get(next).map_or(text.len(), |w| w.start)]
                .trim()
                .starts_with(['-', '–']);
        if !joined {
            continue;
        }
        let after = if words
            .get(next)
            .is_some_and(|w| w.text.parse::<u32>().is_err())
        {
            next + 1
        } else {
            next
        };
        let Some((second_month, second_day, end_at)) = month_day(&words, after, true) else {
            continue;
        };
        let last_year = words.get(end_at).and_then(year);
        // "from 3 to 5 January": the month is written once, after the second day.
        let (Some(start_month), Some(end_month)) =
            (first_month.or(second_month), second_month.or(first_month))
        else {
            continue;
        };
        let start = match first_year.or(last_year) {
            Some(y) => Date::new(y, start_month, first_day),
            None => nearest_year(start_month, first_day, anchor?),
        }?;
        let mut end = match last_year {
            Some(y) => Date::new(y, end_month, second_day)?,
            None => Date::new(start.year(), end_month, second_day)?,
        };
        if end < start {
            end = Date::new(end.year() + 1, end_month, second_day)?;
        }
        // A visit or a meeting, not a plan spanning years.
        if end.to_days() - start.to_days() > 62 {
            continue;
        }
        return Some((start, end));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn resolved(text: &str, anchor: &str) -> Option<(String, String)> {
        let (cue, days) = sentence_date(text, Some(date(anchor)), "agree")?;
        let (start, end) = days?;
        let when = When {
            start: Some(start),
            end: (end > start).then_some(end),
            basis: Basis::Sentence,
            cue: None,
        };
        Some((cue, when.to_string()))
    }

    #[test]
    fn weekdays_are_the_latest_on_or_before_the_article() {
        // 2025-02-06 is a Thursday.
        let pair = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(
            resolved("a joint declaration issued on Wednesday.", "2025-02-06"),
            pair("on Wednesday", "2025-02-05")
        );
        assert_eq!(
            resolved("the Foreign Office said on Thursday.", "2025-02-06"),
            pair("on Thursday", "2025-02-06")
        );
        assert_eq!(
            resolved("as agreed last Thursday.", "2025-02-06"),
            pair("last Thursday", "2025-01-30")
        );
        assert_eq!(
            resolved("put out late on Wednesday.", "2025-02-06"),
            pair("on Wednesday", "2025-02-05")
        );
        assert_eq!(resolved("They will meet next Monday.", "2025-02-06"), None);
        assert_eq!(
            resolved("a Monday morning", "2025-02-06").unwrap().1,
            "2025-02-03"
        );
    }

    #[test]
    fn months_weeks_and_years_are_periods() {
        let pair = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(
            resolved(
                "last month, the two sides agreed to open Khunjerab Pass year-round",
                "2025-01-12"
            ),
            pair("last month", "2024-12")
        );
        assert_eq!(
            resolved("agreed earlier this year to upgrade ML-1", "2025-03-10"),
            pair("earlier this year", "2025-01-01/2025-03-10")
        );
        assert_eq!(
            resolved("agreed last year", "2025-03-10"),
            pair("last year", "2024")
        );
        // 2025-01-12 is a Sunday: last week is Monday 30 December to Sunday 5 January.
        assert_eq!(
            resolved("agreed last week", "2025-01-12"),
            pair("last week", "2024-12-30/2025-01-05")
        );
        assert_eq!(
            resolved("agreed earlier this month", "2025-01-12"),
            pair("earlier this month", "2025-01-01/2025-01-12")
        );
        assert_eq!(
            resolved("agreed yesterday", "2025-01-01"),
            pair("yesterday", "2024-12-31")
        );
        // Far from the cue, a period dates something else.
        assert_eq!(
            resolved(
                "the ambassador said that last month, Khunjerab Pass started year-round functioning, and the two sides agreed",
                "2025-01-12"
            ),
            None
        );
        // A deadline is not the day of the statement.
        assert_eq!(resolved("to complete ML-1 this year", "2025-03-10"), None);
        assert_eq!(resolved("to meet next month", "2025-03-10"), None);
    }

    #[test]
    fn an_undated_article_keeps_the_words() {
        assert_eq!(
            sentence_date(
                "Pakistan and China on Wednesday committed to",
                None,
                "commit"
            ),
            Some(("on Wednesday".to_string(), None))
        );
        assert_eq!(When::undated(None).to_string(), "undated");
    }

    #[test]
    fn ranges_of_visits() {
        let range = |text: &str, anchor: Option<&str>| {
            date_range(text, anchor.map(date)).map(|(s, e)| format!("{s}/{e}"))
        };
        let anchor = Some("2026-01-05");
        assert_eq!(
            range(
                "official visit to China from January 3 to January 5, undertaken",
                anchor
            ),
            Some("2026-01-03/2026-01-05".into())
        );
        assert_eq!(
            range("a five-day visit from February 4 to 8.", Some("2025-02-06")),
            Some("2025-02-04/2025-02-08".into())
        );
        assert_eq!(
            range("from 3 to 5 January 2026", None),
            Some("2026-01-03/2026-01-05".into())
        );
        assert_eq!(
            range("from 30 December 2025 till 2 January", None),
            Some("2025-12-30/2026-01-02".into())
        );
        assert_eq!(
            range("from Nov. 1-2, 2022", None),
            Some("2022-11-01/2022-11-02".into())
        );
        assert_eq!(range("from January 3 to January 5", None), None);
        assert_eq!(range("trade from 2015 to 2030", anchor), None);
        assert_eq!(range("moved from Beijing to Shanghai", anchor), None);
    }

    #[test]
    fn displays_iso_days_months_years_and_intervals() {
        let when = |s: &str, e: Option<&str>| When::period(date(s), e.map(date), Basis::Meeting);
        assert_eq!(when("2026-01-04", None).to_string(), "2026-01-04");
        assert_eq!(
            when("2026-01-04", Some("2026-01-04")).to_string(),
            "2026-01-04"
        );
        assert_eq!(
            when("2024-02-01", Some("2024-02-29")).to_string(),
            "2024-02"
        );
        assert_eq!(when("2024-01-01", Some("2024-12-31")).to_string(), "2024");
        assert_eq!(
            when("2025-02-04", Some("2025-02-08")).to_string(),
            "2025-02-04/2025-02-08"
        );
        let undated = When::undated(None);
        assert_eq!(
            when("2026-01-04", None).chronological(&undated),
            Ordering::Less
        );
        assert_eq!(
            when("2025-02-04", Some("2025-02-08")).chronological(&when("2025-02-04", None)),
            Ordering::Greater
        );
    }
}
