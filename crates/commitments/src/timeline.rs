//! The timeline report: per project, sector, initiative or agreement, every statement in date order.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use cpec_model::EntityKey;

use crate::figures::Figures;
use crate::ledger::{ArticleInfo, Ledger, MeetingRef, Mention};
use crate::text::{list, one_line, write_record};
use crate::when::{Basis, When};
use crate::{CommitmentError, Kind};

/// One sentence about an object: who committed to it, when, how.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub when: When,
    pub meeting: Option<MeetingRef>,
    /// Every party the sentence commits, sorted.
    pub parties: Vec<EntityKey>,
    pub kinds: BTreeSet<Kind>,
    pub verbs: BTreeSet<String>,
    pub article: String,
    pub sentence: usize,
    pub text: String,
    pub figures: Figures,
}

/// The statements about one object, in date order.
#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    pub object: EntityKey,
    pub entries: Vec<Entry>,
}

/// Statements per object, in date order (undated last, then by article and
/// sentence); objects in ontology label order, then by name.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    /// The articles read, by id.
    pub articles: Vec<ArticleInfo>,
    pub topics: Vec<Topic>,
}

/// The Markdown of a date, with what it rests on when that is not a meeting.
pub(crate) fn date_md(when: &When) -> String {
    match (when.basis, &when.cue) {
        (Basis::Undated, Some(cue)) => {
            format!("**undated** (the article gives no date; it says “{cue}”)")
        }
        (Basis::Undated, None) => "**undated** (the article gives no date)".to_string(),
        (Basis::Sentence, Some(cue)) => format!("**{when}** (“{cue}”)"),
        (Basis::Article, _) => format!("**{when}** (article date)"),
        _ => format!("**{when}**"),
    }
}

/// How many articles a report lists by name; beyond it, only the undated ones.
const LISTED_ARTICLES: usize = 12;

/// The articles line of a report: ids with their dates, undated said so.
pub(crate) fn articles_md(articles: &[ArticleInfo]) -> String {
    let n = articles.len();
    let plural = if n == 1 { "" } else { "s" };
    let undated: Vec<String> = articles
        .iter()
        .filter(|a| a.date.is_none())
        .map(|a| format!("`{}`", a.id))
        .collect();
    if n > LISTED_ARTICLES {
        let dates = articles.iter().filter_map(|a| a.date);
        let span = match (dates.clone().min(), dates.max()) {
            (Some(first), Some(last)) => format!(" dated {first} to {last}"),
            _ => String::new(),
        };
        let undated = match undated.len() {
            0 => String::new(),
            k => format!("; {k} undated: {}", undated.join(", ")),
        };
        return format!("{n} article{plural}{span}{undated}");
    }
    let list: Vec<String> = articles
        .iter()
        .map(|a| match a.date {
            Some(date) => format!("`{}` ({date})", a.id),
            None => format!("`{}` (undated)", a.id),
        })
        .collect();
    format!("{n} article{plural}: {}", list.join(", "))
}

/// Figures as one Markdown line: `$46 billion (USD 46000000000)`.
pub(crate) fn figures_md(figures: &Figures) -> Option<String> {
    let mut parts = Vec::new();
    for a in &figures.amounts {
        parts.push(format!("amount {} ({a})", a.text));
    }
    for q in &figures.quantities {
        parts.push(format!("quantity {} ({q})", q.text));
    }
    for s in &figures.stages {
        parts.push(format!("stage {s}"));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

pub(crate) fn names(keys: &[EntityKey]) -> String {
    keys.iter()
        .map(|k| k.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// `pledge (commit)`, `agreement, reaffirmation (agree, reaffirm)`.
pub(crate) fn kinds_md(kinds: &BTreeSet<Kind>, verbs: &BTreeSet<String>) -> String {
    let kinds: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
    let verbs: Vec<&str> = verbs.iter().map(String::as_str).collect();
    format!("{} ({})", kinds.join(", "), verbs.join(", "))
}

impl Timeline {
    /// The timeline of every object in `ledger`, or only of the objects
    /// that `about` names (name, alias or id, case ignored).
    pub fn new(ledger: &Ledger, about: &[String]) -> Result<Timeline, CommitmentError> {
        let mentions = ledger.mentions();
        let mut wanted: Option<BTreeSet<String>> = None;
        for name in about {
            let objects: BTreeSet<String> = mentions
                .iter()
                .map(|m| m.object.id())
                .filter(|id| ledger.ids_named(name).contains(id))
                .collect();
            if objects.is_empty() {
                return Err(CommitmentError::UnknownTopic {
                    about: name.clone(),
                });
            }
            wanted.get_or_insert_with(BTreeSet::new).extend(objects);
        }
        let mut topics: BTreeMap<EntityKey, Vec<Entry>> = BTreeMap::new();
        for mention in mentions {
            if wanted
                .as_ref()
                .is_some_and(|w| !w.contains(&mention.object.id()))
            {
                continue;
            }
            let entries = topics.entry(mention.object.clone()).or_default();
            match entries.last_mut() {
                Some(last)
                    if (last.article.as_str(), last.sentence)
                        == (&*mention.article, mention.sentence) =>
                {
                    last.parties.push(mention.party.clone());
                    last.parties.sort();
                    last.kinds.insert(mention.kind);
                    last.verbs.insert(mention.verb.clone());
                }
                _ => entries.push(entry(mention)),
            }
        }
        Ok(Timeline {
            articles: ledger.articles().cloned().collect(),
            topics: topics
                .into_iter()
                .map(|(object, entries)| Topic { object, entries })
                .collect(),
        })
    }

    /// Writes the timeline for people to read.
    ///
    /// ## Wire format
    ///
    /// CommonMark. A `#` title and the articles read with their dates
    /// (undated ones marked `undated`); then per object a `##` heading
    /// `Name (Label)`, a line counting statements, articles and parties, and
    /// one list item per statement: the date in bold (with the time words it
    /// was read from, or "article date", or "undated"), the meeting, the
    /// parties, the kinds with the cue lemmas, any amounts, quantities and
    /// stages, and the sentence as a quote with its article id and sentence
    /// index.
    pub fn write_markdown<W: Write>(&self, mut out: W) -> Result<(), CommitmentError> {
        writeln!(out, "# Commitments over time")?;
        writeln!(out)?;
        writeln!(out, "{}.", articles_md(&self.articles))?;
        for topic in &self.topics {
            writeln!(out)?;
            writeln!(out, "## {} ({})", topic.object.name, topic.object.label)?;
            writeln!(out)?;
            let articles: BTreeSet<&str> =
                topic.entries.iter().map(|e| e.article.as_str()).collect();
            let parties: BTreeSet<&str> = topic
                .entries
                .iter()
                .flat_map(|e| e.parties.iter().map(|p| p.name.as_str()))
                .collect();
            let n = topic.entries.len();
            writeln!(
                out,
                "{n} statement{} in {} article{}; parties: {}.",
                if n == 1 { "" } else { "s" },
                articles.len(),
                if articles.len() == 1 { "" } else { "s" },
                parties.into_iter().collect::<Vec<_>>().join(", ")
            )?;
            writeln!(out)?;
            for e in &topic.entries {
                let mut head = vec![date_md(&e.when)];
                if let Some(m) = &e.meeting {
                    head.push(m.name.clone());
                }
                head.push(format!(
                    "{}: {}",
                    names(&e.parties),
                    kinds_md(&e.kinds, &e.verbs)
                ));
                writeln!(out, "- {}", head.join(" · "))?;
                if let Some(figures) = figures_md(&e.figures) {
                    writeln!(out, "  {figures}")?;
                }
                writeln!(out, "  > {}", one_line(&e.text))?;
                writeln!(out, "  > — `{}`, sentence {}", e.article, e.sentence)?;
            }
        }
        out.flush()?;
        Ok(())
    }

    /// Writes the timeline for spreadsheets.
    ///
    /// ## Wire format
    ///
    /// CSV as `commitments.csv` (quoted only when needed, one line per
    /// record), header [`TIMELINE_HEADER`], one record per statement in the
    /// order of the Markdown report. `date` is an ISO day, month, year or
    /// interval, or `undated`; `date_basis` is `sentence`, `meeting`,
    /// `article` or `undated`; `date_cue` the time words it was read from.
    /// `parties`, `kinds`, `verbs`, `amounts`, `quantities` and `stages` are
    /// `;`-separated lists.
    pub fn write_csv<W: Write>(&self, mut out: W) -> Result<(), CommitmentError> {
        write_record(&mut out, &TIMELINE_HEADER)?;
        for topic in &self.topics {
            for e in &topic.entries {
                let (meeting_id, meeting) = e
                    .meeting
                    .as_ref()
                    .map_or(("", ""), |m| (m.id.as_str(), m.name.as_str()));
                write_record(
                    &mut out,
                    &[
                        &topic.object.id(),
                        topic.object.label.as_str(),
                        &topic.object.name,
                        &e.when.to_string(),
                        e.when.basis.as_str(),
                        e.when.cue.as_deref().unwrap_or(""),
                        meeting_id,
                        meeting,
                        &list(e.parties.iter().map(|p| &p.name)),
                        &list(e.kinds.iter().map(|k| k.as_str())),
                        &list(&e.verbs),
                        &list(e.figures.amounts.iter().map(ToString::to_string)),
                        &list(e.figures.quantities.iter().map(ToString::to_string)),
                        &list(e.figures.stages.iter().map(|s| s.as_str())),
                        &e.article,
                        &e.sentence.to_string(),
                        &e.text,
                    ],
                )?;
            }
        }
        out.flush()?;
        Ok(())
    }
}

/// Columns of the timeline CSV, in order.
pub const TIMELINE_HEADER: [&str; 17] = [
    "object_id",
    "object_label",
    "object",
    "date",
    "date_basis",
    "date_cue",
    "meeting_id",
    "meeting",
    "parties",
    "kinds",
    "verbs",
    "amounts",
    "quantities",
    "stages",
    "article",
    "sentence",
    "evidence",
];

fn entry(mention: Mention) -> Entry {
    Entry {
        when: mention.when,
        meeting: mention.meeting,
        parties: vec![mention.party],
        kinds: BTreeSet::from([mention.kind]),
        verbs: BTreeSet::from([mention.verb]),
        article: mention.article.to_string(),
        sentence: mention.sentence,
        text: mention.text.to_string(),
        figures: mention.figures,
    }
}
