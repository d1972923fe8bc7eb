//! The diff report: the commitments that a newer set of articles adds, repeats and leaves out.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::io::{self, Write};

use cpec_model::{Date, EntityKey};
use serde::Serialize;

use crate::export::{EntityView, MentionView};
use crate::ledger::{ArticleInfo, Commitment, Ledger, Mention};
use crate::text::{iso, list, one_line, write_record};
use crate::timeline::{articles_md, date_md, figures_md, kinds_md, names};
use crate::{CommitmentError, Kind};

/// What became of a commitment between the old and the new articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Only the new articles state it.
    New,
    /// Both state it.
    Reaffirmed,
    /// Only the old articles state it.
    NoLongerMentioned,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::New, Status::Reaffirmed, Status::NoLongerMentioned];

    /// `new`, `reaffirmed`, `no_longer_mentioned`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Reaffirmed => "reaffirmed",
            Status::NoLongerMentioned => "no_longer_mentioned",
        }
    }

    fn title(self) -> &'static str {
        match self {
            Status::New => "New",
            Status::Reaffirmed => "Reaffirmed",
            Status::NoLongerMentioned => "No longer mentioned",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One commitment (party, object) and what became of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub status: Status,
    /// The commitment as the old articles state it.
    pub old: Option<Commitment>,
    /// The commitment as the new articles state it.
    pub new: Option<Commitment>,
}

impl Change {
    fn either(&self) -> &Commitment {
        self.new.as_ref().or(self.old.as_ref()).expect("a side")
    }

    pub fn id(&self) -> &str {
        &self.either().id
    }

    pub fn party(&self) -> &EntityKey {
        &self.either().party
    }

    pub fn object(&self) -> &EntityKey {
        &self.either().object
    }

    /// The mention that shows the change: the first new one, or for a
    /// commitment no longer mentioned, the last old one.
    pub fn evidence(&self) -> &Mention {
        match (&self.new, &self.old) {
            (Some(new), _) => &new.mentions[0],
            (None, Some(old)) => old.mentions.last().expect("a mention"),
            (None, None) => unreachable!("a change has a side"),
        }
    }

    /// What the new side says that the old one did not (for a reaffirmed
    /// commitment): kinds, amounts, quantities, stages, as `kind signature`,
    /// `amount USD 46000000000`, `stage completed`.
    pub fn adds(&self) -> Vec<String> {
        match (&self.old, &self.new) {
            (Some(old), Some(new)) => details(new).difference(&details(old)).cloned().collect(),
            _ => Vec::new(),
        }
    }

    /// What the old side said that the new one does not repeat.
    pub fn drops(&self) -> Vec<String> {
        match (&self.old, &self.new) {
            (Some(old), Some(new)) => details(old).difference(&details(new)).cloned().collect(),
            _ => Vec::new(),
        }
    }
}

fn details(c: &Commitment) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    out.extend(c.kinds.iter().map(|k| format!("kind {k}")));
    out.extend(c.amounts.iter().map(|a| format!("amount {a}")));
    out.extend(c.quantities.iter().map(|q| format!("quantity {q}")));
    out.extend(c.stages.iter().map(|s| format!("stage {s}")));
    out
}

/// The commitments of two sets of articles compared by (party, object).
#[derive(Debug, Clone, PartialEq)]
pub struct Diff {
    pub old_articles: Vec<ArticleInfo>,
    pub new_articles: Vec<ArticleInfo>,
    /// New, then reaffirmed, then no longer mentioned; within each, by
    /// object (label order, then name), then party.
    pub changes: Vec<Change>,
}

impl Diff {
    pub fn new(old: &Ledger, new: &Ledger) -> Diff {
        let mut sides: BTreeMap<String, (Option<Commitment>, Option<Commitment>)> = BTreeMap::new();
        for c in old.commitments() {
            let id = c.id.clone();
            sides.entry(id).or_default().0 = Some(c);
        }
        for c in new.commitments() {
            let id = c.id.clone();
            sides.entry(id).or_default().1 = Some(c);
        }
        let mut changes: Vec<Change> = sides
            .into_values()
            .map(|(old, new)| Change {
                status: match (&old, &new) {
                    (Some(_), Some(_)) => Status::Reaffirmed,
                    (None, _) => Status::New,
                    (Some(_), None) => Status::NoLongerMentioned,
                },
                old,
                new,
            })
            .collect();
        changes.sort_by(|a, b| {
            (a.status, a.object(), a.party()).cmp(&(b.status, b.object(), b.party()))
        });
        Diff {
            old_articles: old.articles().cloned().collect(),
            new_articles: new.articles().cloned().collect(),
            changes,
        }
    }

    pub fn count(&self, status: Status) -> usize {
        self.changes.iter().filter(|c| c.status == status).count()
    }

    /// Writes the diff for people to read.
    ///
    /// ## Wire format
    ///
    /// CommonMark. A `#` title, the old and new articles with their dates
    /// (undated ones marked `undated`), and the counts; then a `##` section
    /// per status (New, Reaffirmed, No longer mentioned), a `###` heading
    /// per object, and one list item per group of parties that share the
    /// same evidence: parties, kinds with cue lemmas, the date and meeting,
    /// for a reaffirmed commitment when the old articles first stated it
    /// and what the new ones add or drop, then the evidence sentence as a
    /// quote with its article id and sentence index. The evidence is the
    /// first new mention, or for "no longer mentioned" the last old one.
    pub fn write_markdown<W: Write>(&self, mut out: W) -> Result<(), CommitmentError> {
        writeln!(out, "# Commitments: what changed")?;
        writeln!(out)?;
        writeln!(out, "- OLD: {}", articles_md(&self.old_articles))?;
        writeln!(out, "- NEW: {}", articles_md(&self.new_articles))?;
        writeln!(out)?;
        let counts: Vec<String> = Status::ALL
            .iter()
            .map(|s| format!("{} {}", self.count(*s), s.title().to_lowercase()))
            .collect();
        writeln!(
            out,
            "{}; one commitment is one party's commitment to one object.",
            counts.join(", ")
        )?;
        for status in Status::ALL {
            writeln!(out)?;
            writeln!(out, "## {} ({})", status.title(), self.count(status))?;
            let mut by_object: BTreeMap<&EntityKey, Vec<&Change>> = BTreeMap::new();
            for change in self.changes.iter().filter(|c| c.status == status) {
                by_object.entry(change.object()).or_default().push(change);
            }
            for (object, changes) in by_object {
                writeln!(out)?;
                writeln!(out, "### {} ({})", object.name, object.label)?;
                writeln!(out)?;
                write_groups(&mut out, &changes)?;
            }
        }
        out.flush()?;
        Ok(())
    }

    /// Writes the diff for spreadsheets.
    ///
    /// ## Wire format
    ///
    /// CSV as `commitments.csv`, header [`DIFF_HEADER`], one record per
    /// commitment in the order of [`Diff::changes`]. `status` is `new`,
    /// `reaffirmed` or `no_longer_mentioned`; `old_*` and `new_*` describe
    /// each side (empty when it does not state the commitment); `adds` and
    /// `drops` list, for a reaffirmed commitment, the kinds, amounts,
    /// quantities and stages only one side states; the last columns are
    /// the evidence mention.
    pub fn write_csv<W: Write>(&self, mut out: W) -> Result<(), CommitmentError> {
        write_record(&mut out, &DIFF_HEADER)?;
        for c in &self.changes {
            let side = |s: &Option<Commitment>| -> [String; 4] {
                match s {
                    Some(c) => [
                        c.mentions.len().to_string(),
                        iso(c.first_seen),
                        iso(c.last_seen),
                        list(c.kinds.iter().map(|k| k.as_str())),
                    ],
                    None => Default::default(),
                }
            };
            let (old, new) = (side(&c.old), side(&c.new));
            let e = c.evidence();
            let party = c.party();
            let object = c.object();
            let mut fields: Vec<&str> = vec![
                c.status.as_str(),
                c.id(),
                &party.name,
                object.label.as_str(),
                &object.name,
            ];
            fields.extend(old.iter().map(String::as_str));
            fields.extend(new.iter().map(String::as_str));
            let (adds, drops) = (list(c.adds()), list(c.drops()));
            let (when, sentence) = (e.when.to_string(), e.sentence.to_string());
            let meeting = e.meeting.as_ref().map_or("", |m| m.name.as_str());
            fields.extend([
                adds.as_str(),
                drops.as_str(),
                when.as_str(),
                meeting,
                &*e.article,
                sentence.as_str(),
                &*e.text,
            ]);
            write_record(&mut out, &fields)?;
        }
        out.flush()?;
        Ok(())
    }

    /// Writes the diff as one JSON document.
    ///
    /// ## Wire format
    ///
    /// `{"old": [article], "new": [article], "changes": [change]}`, pretty
    /// printed. An article is `{id, date?, undated}`. A change is `{status,
    /// id, party, object, old?, new?, adds, drops, evidence}`: `party` and
    /// `object` are `{id, label, name}`, `old` and `new` `{mentions,
    /// articles, first_seen?, last_seen?, kinds}`, `evidence` a mention as
    /// in `commitments.jsonl`.
    pub fn write_json<W: Write>(&self, mut out: W) -> Result<(), CommitmentError> {
        let view = DiffView {
            old: article_views(&self.old_articles),
            new: article_views(&self.new_articles),
            changes: self
                .changes
                .iter()
                .map(|c| ChangeView {
                    status: c.status.as_str(),
                    id: c.id(),
                    party: EntityView::of(c.party()),
                    object: EntityView::of(c.object()),
                    old: c.old.as_ref().map(SideView::of),
                    new: c.new.as_ref().map(SideView::of),
                    adds: c.adds(),
                    drops: c.drops(),
                    evidence: MentionView::of(c.evidence()),
                })
                .collect(),
        };
        serde_json::to_writer_pretty(&mut out, &view).map_err(io::Error::from)?;
        out.write_all(b"\n")?;
        out.flush()?;
        Ok(())
    }
}

/// Columns of the diff CSV, in order.
pub const DIFF_HEADER: [&str; 20] = [
    "status",
    "commitment_id",
    "party",
    "object_label",
    "object",
    "old_mentions",
    "old_first_seen",
    "old_last_seen",
    "old_kinds",
    "new_mentions",
    "new_first_seen",
    "new_last_seen",
    "new_kinds",
    "adds",
    "drops",
    "date",
    "meeting",
    "article",
    "sentence",
    "evidence",
];

/// The changes of one object, grouped by the evidence they share, each
/// group one list item.
fn write_groups<W: Write>(out: &mut W, changes: &[&Change]) -> io::Result<()> {
    type Key = (
        String,
        usize,
        Option<(String, usize)>,
        Vec<String>,
        Vec<String>,
    );
    let mut groups: BTreeMap<Key, Vec<&Change>> = BTreeMap::new();
    for change in changes {
        let e = change.evidence();
        let first_old = change
            .old
            .as_ref()
            .filter(|_| change.new.is_some())
            .map(|old| {
                (
                    old.mentions[0].article.to_string(),
                    old.mentions[0].sentence,
                )
            });
        let key = (
            e.article.to_string(),
            e.sentence,
            first_old,
            change.adds(),
            change.drops(),
        );
        groups.entry(key).or_default().push(change);
    }
    let mut groups: Vec<Vec<&Change>> = groups.into_values().collect();
    groups.sort_by(|a, b| {
        a[0].evidence()
            .when
            .chronological(&b[0].evidence().when)
            .then_with(|| a[0].party().cmp(b[0].party()))
    });
    for group in groups {
        let first = group[0];
        let e = first.evidence();
        let parties: Vec<EntityKey> = group.iter().map(|c| c.party().clone()).collect();
        let mut kinds: BTreeSet<Kind> = BTreeSet::new();
        let mut verbs: BTreeSet<String> = BTreeSet::new();
        for change in &group {
            let m = change.evidence();
            kinds.insert(m.kind);
            verbs.insert(m.verb.clone());
        }
        let mut head = vec![
            format!("{}: {}", names(&parties), kinds_md(&kinds, &verbs)),
            date_md(&e.when),
        ];
        if let Some(m) = &e.meeting {
            head.push(m.name.clone());
        }
        let side = match (&first.old, &first.new) {
            (Some(_), None) => &first.old,
            _ => &first.new,
        };
        if let Some(c) = side {
            let n = c.mentions.len();
            head.push(format!(
                "{n} mention{} in {} article{}",
                if n == 1 { "" } else { "s" },
                c.articles.len(),
                if c.articles.len() == 1 { "" } else { "s" }
            ));
        }
        writeln!(out, "- {}", head.join(" · "))?;
        if let (Some(old), Some(new)) = (&first.old, &first.new) {
            let m = &old.mentions[0];
            let at = m
                .meeting
                .as_ref()
                .map_or(String::new(), |meeting| format!(" at {}", meeting.name));
            writeln!(
                out,
                "  first stated {}{at} (`{}`, sentence {})",
                m.when, m.article, m.sentence
            )?;
            if old.kinds != new.kinds {
                let kinds = |c: &Commitment| {
                    c.kinds
                        .iter()
                        .map(|k| k.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                writeln!(out, "  kind: {} → {}", kinds(old), kinds(new))?;
            }
        }
        for (label, items) in [("adds", first.adds()), ("drops", first.drops())] {
            let items: Vec<String> = items
                .into_iter()
                .filter(|i| !i.starts_with("kind "))
                .collect();
            if !items.is_empty() {
                writeln!(out, "  {label}: {}", items.join("; "))?;
            }
        }
        // A reaffirmed commitment's figures are in its adds and drops.
        if let Some(figures) = figures_md(&e.figures).filter(|_| first.status != Status::Reaffirmed)
        {
            writeln!(out, "  {figures}")?;
        }
        writeln!(out, "  > {}", one_line(&e.text))?;
        writeln!(out, "  > — `{}`, sentence {}", e.article, e.sentence)?;
    }
    Ok(())
}

#[derive(Serialize)]
struct ArticleView<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<Date>,
    undated: bool,
}

fn article_views(list: &[ArticleInfo]) -> Vec<ArticleView<'_>> {
    list.iter()
        .map(|a| ArticleView {
            id: &a.id,
            date: a.date,
            undated: a.date.is_none(),
        })
        .collect()
}

impl<'a> SideView<'a> {
    fn of(c: &'a Commitment) -> SideView<'a> {
        SideView {
            mentions: c.mentions.len(),
            articles: c.articles.iter().map(String::as_str).collect(),
            first_seen: c.first_seen,
            last_seen: c.last_seen,
            kinds: c.kinds.iter().copied().collect(),
        }
    }
}

#[derive(Serialize)]
struct SideView<'a> {
    mentions: usize,
    articles: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    first_seen: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_seen: Option<Date>,
    kinds: Vec<Kind>,
}

#[derive(Serialize)]
struct ChangeView<'a> {
    status: &'static str,
    id: &'a str,
    party: EntityView<'a>,
    object: EntityView<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    old: Option<SideView<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    new: Option<SideView<'a>>,
    adds: Vec<String>,
    drops: Vec<String>,
    evidence: MentionView<'a>,
}

#[derive(Serialize)]
struct DiffView<'a> {
    old: Vec<ArticleView<'a>>,
    new: Vec<ArticleView<'a>>,
    changes: Vec<ChangeView<'a>>,
}
