//! `commitments.csv`, `commitments.jsonl` and, for `--reify`, Commitment nodes for Neo4j.

use std::borrow::Borrow;
use std::collections::BTreeMap;
use std::io::{self, Write};

use cpec_model::{Date, EntityKey, Label};
use serde::Serialize;

use crate::figures::{Amount, Quantity};
use crate::ledger::{Commitment, MeetingRef, Mention};
use crate::text::{iso, list, one_line, write_record};
use crate::{CommitmentError, Kind};

/// Columns of `commitments.csv`, in order.
pub const COMMITMENTS_HEADER: [&str; 20] = [
    "id",
    "party_id",
    "party",
    "object_id",
    "object_label",
    "object",
    "kinds",
    "first_seen",
    "last_seen",
    "mentions",
    "undated_mentions",
    "articles",
    "meetings",
    "amounts",
    "quantities",
    "locations",
    "stages",
    "evidence_article",
    "evidence_sentence",
    "evidence",
];

/// Writes one row per commitment, for spreadsheets and trackers.
///
/// ## Wire format
///
/// CSV, `,` between fields and `\n` after each record; a field is quoted with
/// `"` only when it holds `,` or `"`, and every field is one line. The header
/// is [`COMMITMENTS_HEADER`]. One record per commitment, sorted by `id`
/// (`Commitment:country-pakistan--project-gwadar-port`). `kinds`, `articles`,
/// `meetings` (names), `amounts` (`USD 46000000000`), `quantities` (`1100
/// MW`), `locations` and `stages` are `;`-separated lists. `first_seen` and
/// `last_seen` are ISO days (empty when every mention is undated);
/// `mentions` counts sentences, `undated_mentions` those without a date.
/// `evidence_*` is the earliest mention.
pub fn write_commitments_csv<W: Write>(
    commitments: impl IntoIterator<Item: Borrow<Commitment>>,
    mut out: W,
) -> Result<(), CommitmentError> {
    write_record(&mut out, &COMMITMENTS_HEADER)?;
    for item in commitments {
        let c: &Commitment = item.borrow();
        let first = &c.mentions[0];
        write_record(
            &mut out,
            &[
                &c.id,
                &c.party.id(),
                &c.party.name,
                &c.object.id(),
                c.object.label.as_str(),
                &c.object.name,
                &list(c.kinds.iter().map(|k| k.as_str())),
                &iso(c.first_seen),
                &iso(c.last_seen),
                &c.mentions.len().to_string(),
                &c.undated().to_string(),
                &list(&c.articles),
                &list(c.meetings.iter().map(|m| &m.name)),
                &list(c.amounts.iter().map(ToString::to_string)),
                &list(c.quantities.iter().map(ToString::to_string)),
                &list(&c.locations),
                &list(c.stages.iter().map(|s| s.as_str())),
                &first.article,
                &first.sentence.to_string(),
                &first.text,
            ],
        )?;
    }
    out.flush()?;
    Ok(())
}

#[derive(Serialize)]
pub(crate) struct EntityView<'a> {
    id: String,
    label: Label,
    name: &'a str,
}

impl<'a> EntityView<'a> {
    pub(crate) fn of(key: &'a EntityKey) -> EntityView<'a> {
        EntityView {
            id: key.id(),
            label: key.label,
            name: &key.name,
        }
    }
}

#[derive(Serialize)]
struct MeetingView<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<Date>,
}

impl<'a> MeetingView<'a> {
    fn of(meeting: &'a MeetingRef) -> MeetingView<'a> {
        MeetingView {
            id: &meeting.id,
            name: &meeting.name,
            start: meeting.start,
            end: meeting.end,
        }
    }
}

#[derive(Serialize)]
struct AmountView<'a> {
    currency: &'a str,
    value: u64,
    text: &'a str,
}

#[derive(Serialize)]
struct QuantityView<'a> {
    value: &'a str,
    unit: &'a str,
    text: &'a str,
}

fn amounts(amounts: &[Amount]) -> Vec<AmountView<'_>> {
    amounts
        .iter()
        .map(|a| AmountView {
            currency: a.currency,
            value: a.value,
            text: &a.text,
        })
        .collect()
}

fn quantities(quantities: &[Quantity]) -> Vec<QuantityView<'_>> {
    quantities
        .iter()
        .map(|q| QuantityView {
            value: &q.value,
            unit: q.unit,
            text: &q.text,
        })
        .collect()
}

/// One mention as JSON: where it was said, when, how, and the sentence.
#[derive(Serialize)]
pub(crate) struct MentionView<'a> {
    article: &'a str,
    sentence: usize,
    span: String,
    /// ISO day, month, year or interval, or `undated`.
    date: String,
    date_basis: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_cue: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    meeting: Option<MeetingView<'a>>,
    kind: Kind,
    verb: &'a str,
    relation: &'static str,
    confidence: f64,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    amounts: Vec<AmountView<'a>>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    quantities: Vec<QuantityView<'a>>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    stages: Vec<&'static str>,
    evidence: String,
}

impl<'a> MentionView<'a> {
    pub(crate) fn of(m: &'a Mention) -> MentionView<'a> {
        MentionView {
            article: &m.article,
            sentence: m.sentence,
            span: m.span.to_string(),
            date: m.when.to_string(),
            date_basis: m.when.basis.as_str(),
            date_cue: m.when.cue.as_deref(),
            meeting: m.meeting.as_ref().map(MeetingView::of),
            kind: m.kind,
            verb: &m.verb,
            relation: m.relation.as_str(),
            confidence: m.confidence,
            amounts: amounts(&m.figures.amounts),
            quantities: quantities(&m.figures.quantities),
            stages: m.figures.stages.iter().map(|s| s.as_str()).collect(),
            evidence: one_line(&m.text),
        }
    }
}

#[derive(Serialize)]
struct CommitmentView<'a> {
    id: &'a str,
    party: EntityView<'a>,
    object: EntityView<'a>,
    kinds: Vec<Kind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    first_seen: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_seen: Option<Date>,
    mentions: usize,
    undated_mentions: usize,
    articles: Vec<&'a str>,
    meetings: Vec<MeetingView<'a>>,
    amounts: Vec<AmountView<'a>>,
    quantities: Vec<QuantityView<'a>>,
    locations: Vec<&'a str>,
    stages: Vec<&'static str>,
    evidence: Vec<MentionView<'a>>,
}

/// Writes one JSON object per commitment, with every mention.
///
/// ## Wire format
///
/// [JSON lines](https://jsonlines.org): one object per line, sorted by `id`,
/// keys in this order: `id`; `party` and `object` (`{id, label, name}`);
/// `kinds`; `first_seen`, `last_seen` (ISO days, absent when every mention
/// is undated); `mentions`, `undated_mentions`; `articles`; `meetings`
/// (`{id, name, start?, end?}`); `amounts` (`{currency, value, text}`, value
/// in whole currency units); `quantities` (`{value, unit, text}`, value a
/// decimal string); `locations`; `stages`; and `evidence`, the mentions in
/// date order: `{article, sentence, span, date, date_basis, date_cue?,
/// meeting?, kind, verb, relation, confidence, amounts?, quantities?,
/// stages?, evidence}`. `date` is an ISO day (`2026-01-04`), month
/// (`2024-12`), year, interval (`2025-02-04/2025-02-08`) or `undated`;
/// `date_basis` is `sentence`, `meeting`, `article` or `undated`.
pub fn write_commitments_jsonl<W: Write>(
    commitments: impl IntoIterator<Item: Borrow<Commitment>>,
    mut out: W,
) -> Result<(), CommitmentError> {
    for item in commitments {
        let c: &Commitment = item.borrow();
        let view = CommitmentView {
            id: &c.id,
            party: EntityView::of(&c.party),
            object: EntityView::of(&c.object),
            kinds: c.kinds.iter().copied().collect(),
            first_seen: c.first_seen,
            last_seen: c.last_seen,
            mentions: c.mentions.len(),
            undated_mentions: c.undated(),
            articles: c.articles.iter().map(String::as_str).collect(),
            meetings: c.meetings.iter().map(MeetingView::of).collect(),
            amounts: amounts(&c.amounts),
            quantities: quantities(&c.quantities),
            locations: c.locations.iter().map(String::as_str).collect(),
            stages: c.stages.iter().map(|s| s.as_str()).collect(),
            evidence: c.mentions.iter().map(MentionView::of).collect(),
        };
        serde_json::to_writer(&mut out, &view).map_err(io::Error::from)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

/// Columns of `commitment_nodes.csv` (`--reify`), in neo4j-admin's header syntax.
pub const COMMITMENT_NODE_HEADER: [&str; 14] = [
    "id:ID",
    ":LABEL",
    "party",
    "object",
    "kinds:string[]",
    "first_seen:date",
    "last_seen:date",
    "mentions:int",
    "articles:string[]",
    "meetings:string[]",
    "amounts:string[]",
    "quantities:string[]",
    "locations:string[]",
    "stages:string[]",
];

/// Columns of `commitment_edges.csv` (`--reify`).
pub const COMMITMENT_EDGE_HEADER: [&str; 6] = [
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "mentions:int",
    "first_date:date",
    "last_date:date",
];

/// The relationship types of reified commitments, with the label at each end
/// (`None`: any label).
const REIFIED_TYPES: [(&str, Option<&str>, Option<&str>); 4] = [
    ("MADE", None, Some("Commitment")),
    ("CONCERNS", Some("Commitment"), None),
    ("STATED_IN", Some("Commitment"), Some("Article")),
    ("STATED_AT", Some("Commitment"), Some("Meeting")),
];

/// Writes commitments as Neo4j nodes, for `--reify`.
///
/// ## Wire format
///
/// CSV as in [`write_commitments_csv`], with the header
/// [`COMMITMENT_NODE_HEADER`]: one `Commitment` node per commitment, sorted
/// by id; lists `;`-separated (neo4j-admin's `--array-delimiter=";"`), dates
/// ISO, an absent value an empty field. Import it beside `nodes.csv`:
/// `neo4j-admin database import full --nodes=nodes.csv
/// --nodes=commitment_nodes.csv --relationships=edges.csv
/// --relationships=commitment_edges.csv --array-delimiter=";"`.
pub fn write_commitment_nodes_csv<W: Write>(
    commitments: impl IntoIterator<Item: Borrow<Commitment>>,
    mut out: W,
) -> Result<(), CommitmentError> {
    write_record(&mut out, &COMMITMENT_NODE_HEADER)?;
    for item in commitments {
        let c: &Commitment = item.borrow();
        write_record(
            &mut out,
            &[
                &c.id,
                "Commitment",
                &c.party.name,
                &c.object.name,
                &list(c.kinds.iter().map(|k| k.as_str())),
                &iso(c.first_seen),
                &iso(c.last_seen),
                &c.mentions.len().to_string(),
                &list(&c.articles),
                &list(c.meetings.iter().map(|m| &m.id)),
                &list(c.amounts.iter().map(ToString::to_string)),
                &list(c.quantities.iter().map(ToString::to_string)),
                &list(&c.locations),
                &list(c.stages.iter().map(|s| s.as_str())),
            ],
        )?;
    }
    out.flush()?;
    Ok(())
}

/// Writes the relationships of reified commitments, for `--reify`.
///
/// ## Wire format
///
/// CSV with the header [`COMMITMENT_EDGE_HEADER`]. Per commitment, in id
/// order: `(party)-[:MADE]->(commitment)`, `(commitment)-[:CONCERNS]->(object)`,
/// one `(commitment)-[:STATED_IN]->(article)` per article and one
/// `(commitment)-[:STATED_AT]->(meeting)` per meeting, each with the number
/// of mentions behind it and their first and last dated day. Party, object,
/// article and meeting ids are those of `nodes.csv`.
pub fn write_commitment_edges_csv<W: Write>(
    commitments: impl IntoIterator<Item: Borrow<Commitment>>,
    mut out: W,
) -> Result<(), CommitmentError> {
    write_record(&mut out, &COMMITMENT_EDGE_HEADER)?;
    for item in commitments {
        let c: &Commitment = item.borrow();
        let mut rows: Vec<(String, String, &str, Vec<&Mention>)> = vec![
            (
                c.party.id(),
                c.id.clone(),
                "MADE",
                c.mentions.iter().collect(),
            ),
            (
                c.id.clone(),
                c.object.id(),
                "CONCERNS",
                c.mentions.iter().collect(),
            ),
        ];
        let mut by_article: BTreeMap<String, Vec<&Mention>> = BTreeMap::new();
        let mut by_meeting: BTreeMap<&str, Vec<&Mention>> = BTreeMap::new();
        for m in &c.mentions {
            let article = EntityKey::new(Label::Article, &*m.article).id();
            by_article.entry(article).or_default().push(m);
            if let Some(meeting) = &m.meeting {
                by_meeting.entry(&meeting.id).or_default().push(m);
            }
        }
        for (article, ms) in by_article {
            rows.push((c.id.clone(), article, "STATED_IN", ms));
        }
        for (meeting, ms) in by_meeting {
            rows.push((c.id.clone(), meeting.to_string(), "STATED_AT", ms));
        }
        for (from, to, kind, ms) in rows {
            let days = ms.iter().filter_map(|m| m.when.start);
            write_record(
                &mut out,
                &[
                    &from,
                    &to,
                    kind,
                    &ms.len().to_string(),
                    &iso(days.clone().min()),
                    &iso(days.max()),
                ],
            )?;
        }
    }
    out.flush()?;
    Ok(())
}

/// `row.<column>` converted to its neo4j-admin type, `null` when empty.
fn typed(column: &str) -> String {
    let field = format!("row.`{column}`");
    let value = match column.rsplit_once(':').map(|(_, kind)| kind) {
        Some("int") => format!("toInteger({field})"),
        Some("date") => format!("date({field})"),
        Some("string[]") => format!("split({field}, ';')"),
        _ => field.clone(),
    };
    format!("CASE WHEN coalesce({field}, '') = '' THEN null ELSE {value} END")
}

/// `SET` clauses for every column of `header` after `skip`.
fn set_all(var: &str, header: &[&str], skip: usize) -> String {
    header[skip..]
        .iter()
        .map(|column| {
            let name = column.split(':').next().unwrap_or(column);
            format!("    {var}.{name} = {}", typed(column))
        })
        .collect::<Vec<_>>()
        .join(",\n")
}

/// Writes `commitments.cypher`, which loads the `--reify` files into a
/// running database after `import.cypher`.
///
/// ## Wire format
///
/// openCypher statements ending with `;`, separated by blank lines, with
/// `//` comments: a uniqueness constraint on `Commitment.id`, one `LOAD CSV
/// … MERGE` of the `Commitment` nodes from `file:///commitment_nodes.csv`,
/// and one per relationship type (`MADE`, `CONCERNS`, `STATED_IN`,
/// `STATED_AT`) from `file:///commitment_edges.csv`, matching both ends by
/// `id`. Running it twice changes nothing.
pub fn write_commitments_cypher<W: Write>(mut out: W) -> Result<(), CommitmentError> {
    writeln!(
        out,
        "// cpec-kg --reify: Commitment nodes. Run after import.cypher, with"
    )?;
    writeln!(
        out,
        "// commitment_nodes.csv and commitment_edges.csv in the import directory."
    )?;
    writeln!(
        out,
        "CREATE CONSTRAINT IF NOT EXISTS FOR (n:Commitment) REQUIRE n.id IS UNIQUE;"
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "LOAD CSV WITH HEADERS FROM 'file:///commitment_nodes.csv' AS row"
    )?;
    writeln!(out, "MERGE (c:Commitment {{id: row.`id:ID`}})")?;
    writeln!(out, "SET\n{};", set_all("c", &COMMITMENT_NODE_HEADER, 2))?;
    for (kind, from, to) in REIFIED_TYPES {
        let end = |var: &str, label: Option<&str>, column: &str| match label {
            Some(label) => format!("({var}:{label} {{id: row.`{column}`}})"),
            None => format!("({var} {{id: row.`{column}`}})"),
        };
        writeln!(out)?;
        writeln!(
            out,
            "LOAD CSV WITH HEADERS FROM 'file:///commitment_edges.csv' AS row"
        )?;
        writeln!(out, "WITH row WHERE row.`:TYPE` = '{kind}'")?;
        writeln!(
            out,
            "MATCH {}, {}",
            end("a", from, ":START_ID"),
            end("b", to, ":END_ID")
        )?;
        writeln!(out, "MERGE (a)-[r:{kind}]->(b)")?;
        writeln!(out, "SET\n{};", set_all("r", &COMMITMENT_EDGE_HEADER, 3))?;
    }
    out.flush()?;
    Ok(())
}
