//! Dates in text: "January 4", "Jan. 5, 2026", "4 January 2026", "from
//! January 3 to January 5", "on Monday", resolved against the article's date.

use cpec_model::Date;

use crate::text::{Preamble, Token, month_number};

/// Year (if written), month, day.
pub type PartialDate = (Option<i32>, u8, u8);

/// A date or date range read from a sentence, year possibly unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    pub start: PartialDate,
    pub end: Option<PartialDate>,
}

/// Month-day (optionally year) at token `i`, and the token after it.
fn month_day(tokens: &[Token], i: usize) -> Option<(PartialDate, usize)> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    // Most words are not numbers: their first byte says so before parsing.
    let digits = |w: &str| w.bytes().next().is_some_and(|b| b.is_ascii_digit());
    let day = |w: &str| {
        digits(w)
            .then(|| w.parse::<u8>().ok())
            .flatten()
            .filter(|d| (1..=31).contains(d))
    };
    let year = |w: &str| w.parse::<i32>().ok().filter(|y| (1900..2100).contains(y));
    let skip_dot = |k: usize| if word(k) == "." { k + 1 } else { k };
    // Month names are capitalised: most words are ruled out before any lookup.
    if let Some(month) = tokens[i]
        .capitalized
        .then(|| month_number(word(i)))
        .flatten()
    {
        let k = skip_dot(i + 1);
        let d = day(word(k))?;
        let mut next = k + 1;
        let mut y = None;
        if word(next) == "," && year(word(next + 1)).is_some() {
            y = year(word(next + 1));
            next += 2;
        } else if let Some(found) = year(word(next)) {
            y = Some(found);
            next += 1;
        }
        return Some(((y, month, d), next));
    }
    let d = day(word(i))?;
    let month = tokens
        .get(i + 1)
        .is_some_and(|t| t.capitalized)
        .then(|| month_number(word(i + 1)))
        .flatten()?;
    let y = year(word(i + 2));
    Some(((y, month, d), i + 2 + usize::from(y.is_some())))
}

/// Every date expression of a sentence, ranges first-class.
pub fn find_dates(tokens: &[Token]) -> Vec<DateMention> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some((start, next)) = month_day(tokens, i) else {
            i += 1;
            continue;
        };
        let from = i > 0 && tokens[i - 1].norm == "from";
        if from
            && matches!(
                tokens.get(next).map(|t| t.norm.as_str()),
                Some("to" | "-" | "till" | "until")
            )
        {
            if let Some((end, after)) = month_day(tokens, next + 1) {
                found.push(DateMention {
                    start,
                    end: Some(end),
                });
                i = after;
                continue;
            }
            // "from February 4 to 8"
            if let Some(d) = tokens.get(next + 1).and_then(|t| t.norm.parse::<u8>().ok()) {
                found.push(DateMention {
                    start,
                    end: Some((start.0, start.1, d)),
                });
                i = next + 2;
                continue;
            }
        }
        found.push(DateMention { start, end: None });
        i = next;
    }
    found
}

/// Fills in a missing year from the article date: the year that puts the day
/// nearest to it.
pub fn resolve(parts: PartialDate, anchor: Option<Date>) -> Option<Date> {
    let (year, month, day) = parts;
    if let Some(y) = year {
        return Date::new(y, month, day);
    }
    let anchor = anchor?;
    [anchor.year() - 1, anchor.year(), anchor.year() + 1]
        .into_iter()
        .filter_map(|y| Date::new(y, month, day))
        .min_by_key(|d| (d.to_days() - anchor.to_days()).abs())
}

/// Weekday names, Monday first (as [`Date::weekday`] counts).
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The article's date: a ` date` line, else a dateline's month and day with a
/// year the text gives, else `on <weekday>` after the latest full date in the
/// text. `None` when the text does not say: never today's date.
pub fn article_date(preamble: &Preamble, sentences: &[Vec<Token>]) -> Option<Date> {
    if preamble.date.is_some() {
        return preamble.date;
    }
    let mentions: Vec<DateMention> = sentences.iter().flat_map(|t| find_dates(t)).collect();
    let latest_full = mentions
        .iter()
        .filter_map(|m| resolve(m.end.unwrap_or(m.start), None))
        .max();
    if let Some((month, day)) = preamble.dateline_month_day {
        let year = latest_full
            .map(|d| d.year())
            .or_else(|| year_in_text(sentences))?;
        return Date::new(year, month, day);
    }
    let anchor = latest_full?;
    let weekday = sentences
        .iter()
        .flat_map(|t| t.windows(2))
        .find_map(|pair| {
            (pair[0].norm == "on")
                .then(|| WEEKDAYS.iter().position(|w| *w == pair[1].norm))
                .flatten()
        })?;
    let ahead = (weekday as i64 - i64::from(anchor.weekday())).rem_euclid(7);
    Some(anchor.add_days(if ahead == 0 { 7 } else { ahead }))
}

/// A four-digit year standing alone in the text ("2026 will feature …").
fn year_in_text(sentences: &[Vec<Token>]) -> Option<i32> {
    sentences
        .iter()
        .flatten()
        .filter_map(|t| {
            t.norm
                .parse::<i32>()
                .ok()
                .filter(|y| (2000..2100).contains(y))
        })
        .next()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    #[test]
    fn ranges_and_single_dates() {
        let tokens = tokenize(
            "visit from January 3 to January 5, on Jan. 4 and from February 4 to 8 and 4 January 2026",
            0,
        );
        let found = find_dates(&tokens);
        assert_eq!(
            found[0],
            DateMention {
                start: (None, 1, 3),
                end: Some((None, 1, 5))
            }
        );
        assert_eq!(
            found[1],
            DateMention {
                start: (None, 1, 4),
                end: None
            }
        );
        assert_eq!(
            found[2],
            DateMention {
                start: (None, 2, 4),
                end: Some((None, 2, 8))
            }
        );
        assert_eq!(
            found[3],
            DateMention {
                start: (Some(2026), 1, 4),
                end: None
            }
        );
    }

    #[test]
    fn year_comes_from_the_anchor() {
        let anchor = Date::new(2026, 1, 5);
        assert_eq!(resolve((None, 12, 30), anchor), Date::new(2025, 12, 30));
        assert_eq!(resolve((None, 1, 4), anchor), Date::new(2026, 1, 4));
        assert_eq!(resolve((None, 1, 4), None), None);
    }
}
