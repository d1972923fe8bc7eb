//! The ledger: every commitment mention of the articles read, dated, and grouped into commitments.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::sync::Arc;

use cpec_model::{Date, EntityKey, Extraction, Label, Relation, Span, Triple, slug};

use crate::figures::{Amount, Figures, Quantity, Stage, figures_of};
use crate::kind::Kind;
use crate::when::{Basis, When, date_range, sentence_date};

/// The labels a commitment can be to (the range of `COMMITTED_TO`).
pub(crate) const OBJECT_LABELS: [Label; 4] = [
    Label::Project,
    Label::Sector,
    Label::Initiative,
    Label::Agreement,
];

/// One article that was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleInfo {
    /// The article id (its file stem).
    pub id: String,
    /// Its date, `None` when undated.
    pub date: Option<Date>,
    pub title: Option<String>,
}

/// A meeting at which statements were made, with its dates when known.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct MeetingRef {
    /// The Meeting node id, as in `nodes.csv`.
    pub id: String,
    pub name: String,
    pub start: Option<Date>,
    pub end: Option<Date>,
}

impl MeetingRef {
    /// Its dates as a [`When`]: one day, a period or undated.
    pub fn when(&self) -> When {
        match self.start {
            Some(start) => When::period(start, self.end, Basis::Meeting),
            None => When::undated(None),
        }
    }
}

/// One sentence saying that a party commits to an object.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub party: EntityKey,
    pub object: EntityKey,
    /// `COMMITTED_TO`, or `SIGNED` for a signature.
    pub relation: Relation,
    pub kind: Kind,
    /// The lemma of the cue: `agree`, `reaffirm`, `sign`…
    pub verb: String,
    /// When it was said, and on what the date rests.
    pub when: When,
    /// The meeting it was said at; `None` when the article names none, or
    /// when the sentence dates itself outside the meeting's days.
    pub meeting: Option<MeetingRef>,
    /// Shared with the other mentions of the article.
    pub article: Arc<str>,
    /// 0-based sentence index in the article.
    pub sentence: usize,
    /// Byte range of the sentence in the article.
    pub span: Span,
    /// The sentence, shared with the graph's evidence.
    pub text: Arc<str>,
    pub confidence: f64,
    /// Amounts, quantities and stages the sentence writes in the object's clause.
    pub figures: Figures,
}

/// Everything the articles say about one party's commitment to one object.
#[derive(Debug, Clone, PartialEq)]
pub struct Commitment {
    /// `Commitment:<party id slug>--<object id slug>`, e.g.
    /// `Commitment:country-pakistan--project-gwadar-port`.
    pub id: String,
    pub party: EntityKey,
    pub object: EntityKey,
    /// The kinds of its mentions.
    pub kinds: BTreeSet<Kind>,
    /// First day of the earliest dated mention.
    pub first_seen: Option<Date>,
    /// First day of the latest dated mention.
    pub last_seen: Option<Date>,
    /// Ids of the articles that mention it.
    pub articles: BTreeSet<String>,
    /// Meetings it was stated at, in date order (undated last).
    pub meetings: Vec<MeetingRef>,
    pub amounts: Vec<Amount>,
    pub quantities: Vec<Quantity>,
    pub stages: Vec<Stage>,
    /// Where the object is (its `LOCATED_IN` places), by name.
    pub locations: BTreeSet<String>,
    /// Every mention, in date order (undated last), then article and sentence.
    pub mentions: Vec<Mention>,
}

impl Commitment {
    /// The stable id of the commitment of `party` to `object`.
    ///
    /// ```
    /// use cpec_model::{EntityKey, Label};
    ///
    /// let id = cpec_commitments::Commitment::id_of(
    ///     &EntityKey::new(Label::Country, "Pakistan"),
    ///     &EntityKey::new(Label::Project, "Gwadar Port"),
    /// );
    /// assert_eq!(id, "Commitment:country-pakistan--project-gwadar-port");
    /// ```
    pub fn id_of(party: &EntityKey, object: &EntityKey) -> String {
        Commitment::id_of_ids(&party.id(), &object.id())
    }

    /// [`Commitment::id_of`] the entities with these ids.
    pub(crate) fn id_of_ids(party: &str, object: &str) -> String {
        format!("Commitment:{}--{}", slug(party), slug(object))
    }

    /// How many of its mentions have no date.
    pub fn undated(&self) -> usize {
        self.mentions
            .iter()
            .filter(|m| m.when.start.is_none())
            .count()
    }
}

/// A mention as read, before the ledger's knowledge of meetings dates it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Raw {
    pub(crate) relation: Relation,
    pub(crate) verb: Arc<str>,
    pub(crate) meeting: Option<Arc<str>>,
    pub(crate) span: Span,
    /// Shared with the graph's evidence.
    pub(crate) text: Arc<str>,
    pub(crate) confidence: f64,
    pub(crate) figures: Figures,
}

/// (article, sentence, party id, object id): one mention.
pub(crate) type MentionKey = (Arc<str>, usize, String, String);

/// The commitments of any number of articles.
///
/// [`Ledger::add`] reads one [`Extraction`]; the queries ([`Ledger::mentions`],
/// [`Ledger::commitments`]) do not depend on the order articles were added
/// in, and adding the same article twice changes nothing.
#[derive(Debug, Clone, Default)]
pub struct Ledger {
    /// Per (article, sentence, party id, object id). A `SIGNED` and a
    /// `COMMITTED_TO` edge of one sentence are one mention, a signature.
    raw: BTreeMap<MentionKey, Raw>,
    articles: BTreeMap<String, ArticleInfo>,
    /// Every spelling seen of each entity id: the smallest is its name.
    spellings: BTreeMap<String, (Label, BTreeSet<String>)>,
    /// Aliases of each entity id.
    aliases: BTreeMap<String, BTreeSet<String>>,
    meetings: BTreeMap<String, MeetingRef>,
    /// Object id → the places it is `LOCATED_IN`, by id.
    locations: BTreeMap<String, BTreeSet<String>>,
}

/// What one article adds to a [`Ledger`], read without it.
///
/// Reading is most of the cost of [`Ledger::add`] (amounts and stages are
/// found in each sentence), and needs only the article: a parallel build
/// reads articles on every thread and absorbs them in order on one.
#[derive(Debug, Clone)]
pub struct ArticleCommitments {
    article: ArticleInfo,
    /// (entity id, label, spelling), each once: the ledger's single thread
    /// looks each up.
    spellings: BTreeSet<(String, Label, String)>,
    aliases: Vec<(String, BTreeSet<String>)>,
    meetings: Vec<MeetingRef>,
    /// (object id, place id) of `LOCATED_IN` edges.
    locations: Vec<(String, String)>,
    raw: Vec<(MentionKey, Raw)>,
}

impl ArticleCommitments {
    /// Reads the commitments of one article: its `COMMITTED_TO` and `SIGNED`
    /// edges, its meetings' dates and its `LOCATED_IN` edges.
    pub fn of(extraction: &Extraction) -> ArticleCommitments {
        let article = &extraction.article;
        let mut read = ArticleCommitments {
            article: ArticleInfo {
                id: article.name.clone(),
                date: article.date,
                title: article.title.clone(),
            },
            spellings: BTreeSet::new(),
            aliases: Vec::new(),
            meetings: Vec::new(),
            locations: Vec::new(),
            raw: Vec::new(),
        };
        for entity in &extraction.entities {
            let id = entity.id();
            read.spellings
                .insert((id.clone(), entity.label, entity.name.clone()));
            if !entity.aliases.is_empty() {
                read.aliases.push((id.clone(), entity.aliases.clone()));
            }
            if entity.label == Label::Meeting {
                let (start, end) = match entity.start_date {
                    Some(start) => (Some(start), entity.end_date),
                    None => meeting_range(extraction, &id)
                        .map_or((None, None), |(s, e)| (Some(s), Some(e))),
                };
                read.meetings.push(MeetingRef {
                    id,
                    name: entity.name.clone(),
                    start,
                    end,
                });
            }
        }
        for triple in &extraction.triples {
            for key in [&triple.subject, &triple.object] {
                read.spellings
                    .insert((key.id(), key.label, key.name.clone()));
            }
            if triple.relation == Relation::LocatedIn {
                read.locations
                    .push((triple.subject.id(), triple.object.id()));
            }
        }
        let names = ObjectNames::of(extraction);
        // Several commitments of one sentence: its objects are found once.
        let mut written = BTreeMap::new();
        for triple in &extraction.triples {
            let is_commitment = matches!(triple.relation, Relation::CommittedTo | Relation::Signed)
                && OBJECT_LABELS.contains(&triple.object.label);
            if !is_commitment {
                continue;
            }
            let evidence = &triple.evidence;
            let key = (
                evidence.article.clone(),
                evidence.sentence,
                triple.subject.id(),
                triple.object.id(),
            );
            read.raw.push((
                key,
                Raw {
                    relation: triple.relation,
                    verb: evidence.verb.clone(),
                    meeting: evidence.meeting.clone(),
                    span: evidence.span,
                    text: evidence.text.clone(),
                    confidence: evidence.confidence,
                    figures: ObjectNames::figures(
                        triple,
                        written
                            .entry(evidence.sentence)
                            .or_insert_with(|| names.written(&evidence.text)),
                    ),
                },
            ));
        }
        read
    }
}

impl Ledger {
    pub fn new() -> Ledger {
        Ledger::default()
    }

    /// Reads the commitments of one article: its `COMMITTED_TO` and `SIGNED`
    /// edges, its meetings' dates and its `LOCATED_IN` edges.
    pub fn add(&mut self, extraction: &Extraction) {
        self.absorb(ArticleCommitments::of(extraction));
    }

    /// Adds what [`ArticleCommitments::of`] read from one article.
    pub fn absorb(&mut self, read: ArticleCommitments) {
        for (key, raw) in self.absorb_facts(read) {
            match self.raw.get(&key) {
                // SIGNED sorts before COMMITTED_TO: the more specific edge wins.
                Some(old) if (old.relation, &old.verb) <= (raw.relation, &raw.verb) => {}
                _ => {
                    self.raw.insert(key, raw);
                }
            }
        }
    }

    /// Adds all that one article says but its mentions, and returns them.
    pub(crate) fn absorb_facts(&mut self, read: ArticleCommitments) -> Vec<(MentionKey, Raw)> {
        self.articles.insert(read.article.id.clone(), read.article);
        for (id, label, name) in read.spellings {
            self.spellings
                .entry(id)
                .or_insert_with(|| (label, BTreeSet::new()))
                .1
                .insert(name);
        }
        for (id, aliases) in read.aliases {
            self.aliases.entry(id).or_default().extend(aliases);
        }
        for meeting in read.meetings {
            self.merge_meeting(meeting);
        }
        for (object, place) in read.locations {
            self.locations.entry(object).or_default().insert(place);
        }
        read.raw
    }

    fn merge_meeting(&mut self, meeting: MeetingRef) {
        match self.meetings.get_mut(&meeting.id) {
            None => {
                self.meetings.insert(meeting.id.clone(), meeting);
            }
            Some(known) => {
                known.name = known.name.clone().min(meeting.name);
                known.start = match (known.start, meeting.start) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
                known.end = known.end.max(meeting.end);
            }
        }
    }

    /// The articles read, by id.
    pub fn articles(&self) -> impl Iterator<Item = &ArticleInfo> {
        self.articles.values()
    }

    /// The canonical key of an entity id: its label and smallest spelling.
    fn key(&self, id: &str) -> EntityKey {
        let (label, names) = &self.spellings[id];
        EntityKey::new(*label, names.first().cloned().unwrap_or_default())
    }

    /// The entity ids that `name` names: their name, one of their aliases or
    /// spellings, or their id, compared without case; failing that, those
    /// with a name or alias that contains its words ("ml-1" names "ML-1
    /// railway", "gwadar" both "Gwadar Port" and "New Gwadar International
    /// Airport").
    pub(crate) fn ids_named(&self, name: &str) -> BTreeSet<String> {
        let find = |same: &dyn Fn(&str) -> bool| -> BTreeSet<String> {
            self.spellings
                .iter()
                .filter(|(id, (_, spellings))| {
                    let aliases = self.aliases.get(*id).into_iter().flatten();
                    same(id) || spellings.iter().chain(aliases).any(|f| same(f))
                })
                .map(|(id, _)| id.clone())
                .collect()
        };
        let lower = name.trim().to_lowercase();
        let exact = find(&|f| f.trim().to_lowercase() == lower);
        if !exact.is_empty() {
            return exact;
        }
        let words = slug(name);
        if words.is_empty() {
            return exact;
        }
        find(&|f| format!("-{}-", slug(f)).contains(&format!("-{words}-")))
    }

    /// Every mention, dated, in chronological order (undated last), then by
    /// article, sentence, object and party.
    pub fn mentions(&self) -> Vec<Mention> {
        let mut out: Vec<Mention> = self
            .raw
            .iter()
            .map(|((article, sentence, party, object), raw)| {
                self.finish(article, *sentence, party, object, raw)
            })
            .collect();
        out.sort_by(chronological);
        out
    }

    fn finish(
        &self,
        article: &Arc<str>,
        sentence: usize,
        party: &str,
        object: &str,
        raw: &Raw,
    ) -> Mention {
        let article_date = self.articles.get(&**article).and_then(|a| a.date);
        let mut meeting = raw.meeting.as_ref().map(|id| {
            self.meetings
                .get(&**id)
                .cloned()
                .unwrap_or_else(|| MeetingRef {
                    id: id.to_string(),
                    name: id.to_string(),
                    start: None,
                    end: None,
                })
        });
        let meeting_when = meeting.as_ref().map(MeetingRef::when);
        let cue = sentence_date(&raw.text, article_date, &raw.verb);
        let when = match (cue, meeting_when) {
            (Some((cue, Some((start, end)))), meeting_when) => {
                // A sentence that dates itself outside the meeting was not said there.
                if let Some(m) = meeting_when.filter(|m| m.start.is_some()) {
                    let (m_start, m_end) = (m.start, m.last_day());
                    if m_end.is_some_and(|e| start > e) || m_start.is_some_and(|s| end < s) {
                        meeting = None;
                    }
                }
                When {
                    cue: Some(cue),
                    ..When::period(start, Some(end), Basis::Sentence)
                }
            }
            (_, Some(m)) if m.start.is_some() => m,
            (cue, _) => match article_date {
                Some(date) => When::period(date, None, Basis::Article),
                None => When::undated(cue.map(|(words, _)| words)),
            },
        };
        Mention {
            party: self.key(party),
            object: self.key(object),
            relation: raw.relation,
            kind: Kind::of(raw.relation, &raw.verb),
            verb: raw.verb.to_string(),
            when,
            meeting,
            article: article.clone(),
            sentence,
            span: raw.span,
            text: raw.text.clone(),
            confidence: raw.confidence,
            figures: raw.figures.clone(),
        }
    }

    /// The commitments, one per (party, object), sorted by id, each with its
    /// mentions dated and in date order. (`build` reads them one at a time
    /// from disk instead: [`SpilledLedger`](crate::SpilledLedger).)
    pub fn commitments(&self) -> Vec<Commitment> {
        let mut groups: BTreeMap<String, Vec<(&MentionKey, &Raw)>> = BTreeMap::new();
        for (key, raw) in &self.raw {
            let (_, _, party, object) = key;
            let id = Commitment::id_of_ids(party, object);
            groups.entry(id).or_default().push((key, raw));
        }
        groups
            .into_iter()
            .map(|(id, raws)| self.commitment_of(id, raws))
            .collect()
    }

    /// The commitment `id` of its mentions as read, of one (party, object).
    pub(crate) fn commitment_of<'r>(
        &self,
        id: String,
        raws: impl IntoIterator<Item = (&'r MentionKey, &'r Raw)>,
    ) -> Commitment {
        let mut mentions: Vec<Mention> = raws
            .into_iter()
            .map(|((article, sentence, party, object), raw)| {
                self.finish(article, *sentence, party, object, raw)
            })
            .collect();
        mentions.sort_by(chronological);
        self.commitment(id, mentions)
    }

    /// The commitment of some mentions, in date order, of one (party, object).
    fn commitment(&self, id: String, mentions: Vec<Mention>) -> Commitment {
        let first = &mentions[0];
        let mut commitment = Commitment {
            id,
            party: first.party.clone(),
            object: first.object.clone(),
            kinds: BTreeSet::new(),
            first_seen: None,
            last_seen: None,
            articles: BTreeSet::new(),
            meetings: Vec::new(),
            amounts: Vec::new(),
            quantities: Vec::new(),
            stages: Vec::new(),
            locations: self
                .locations
                .get(&first.object.id())
                .into_iter()
                .flatten()
                .map(|id| self.key(id).name)
                .collect(),
            mentions,
        };
        let dated = commitment.mentions.iter().filter_map(|m| m.when.start);
        commitment.first_seen = dated.clone().min();
        commitment.last_seen = dated.max();
        for mention in &commitment.mentions {
            commitment.kinds.insert(mention.kind);
            commitment.articles.insert(mention.article.to_string());
            if let Some(m) = &mention.meeting
                && !commitment.meetings.contains(m)
            {
                commitment.meetings.push(m.clone());
            }
            commitment
                .amounts
                .extend(mention.figures.amounts.iter().cloned());
            commitment
                .quantities
                .extend(mention.figures.quantities.iter().cloned());
            commitment
                .stages
                .extend(mention.figures.stages.iter().copied());
        }
        commitment
            .meetings
            .sort_by(|a, b| a.when().chronological(&b.when()).then(a.id.cmp(&b.id)));
        commitment.amounts.sort();
        commitment.amounts.dedup();
        commitment.quantities.sort();
        commitment.quantities.dedup();
        commitment.stages.sort();
        commitment.stages.dedup();
        commitment
    }
}

/// The order of [`Ledger::mentions`]: date (undated last), then article,
/// sentence, object and party.
fn chronological(a: &Mention, b: &Mention) -> std::cmp::Ordering {
    a.when.chronological(&b.when).then_with(|| {
        (&a.article, a.sentence, &a.object, &a.party)
            .cmp(&(&b.article, b.sentence, &b.object, &b.party))
    })
}

/// The dates of a meeting that the extractor left undated, from a sentence
/// that names it (and no other meeting) with "from … to …".
fn meeting_range(extraction: &Extraction, id: &str) -> Option<(Date, Date)> {
    let mut by_sentence: BTreeMap<usize, (BTreeSet<String>, &Triple)> = BTreeMap::new();
    for triple in &extraction.triples {
        for end in [&triple.subject, &triple.object] {
            if end.label == Label::Meeting {
                by_sentence
                    .entry(triple.evidence.sentence)
                    .or_insert_with(|| (BTreeSet::new(), triple))
                    .0
                    .insert(end.id());
            }
        }
    }
    by_sentence.values().find_map(|(meetings, triple)| {
        let only_this = meetings.len() == 1 && meetings.contains(id);
        only_this
            .then(|| date_range(&triple.evidence.text, extraction.article.date))
            .flatten()
    })
}

/// Where each sentence of an article writes the objects the article knows.
struct ObjectNames<'a> {
    /// (entity id, surface forms) of every Project, Sector, Initiative and Agreement.
    entities: Vec<(String, Vec<&'a str>)>,
}

impl<'a> ObjectNames<'a> {
    fn of(extraction: &'a Extraction) -> ObjectNames<'a> {
        let entities = extraction
            .entities
            .iter()
            .filter(|e| OBJECT_LABELS.contains(&e.label))
            .map(|e| {
                let mut forms: Vec<&str> = std::iter::once(e.name.as_str())
                    .chain(e.aliases.iter().map(String::as_str))
                    .filter(|f| !f.trim().is_empty())
                    .collect();
                forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
                (e.id(), forms)
            })
            .collect();
        ObjectNames { entities }
    }

    /// Where a sentence writes the objects: (range, entity id), in text
    /// order, without overlaps.
    fn written(&self, text: &str) -> Vec<(Range<usize>, &str)> {
        // Every written object, longest first so that "CPEC 2.0" hides "CPEC".
        let mut found: Vec<(Range<usize>, &str)> = Vec::new();
        for (id, forms) in &self.entities {
            for form in forms {
                for at in occurrences(text, form) {
                    found.push((at, id));
                }
            }
        }
        found.sort_by(|a, b| {
            (a.0.start, std::cmp::Reverse(a.0.end)).cmp(&(b.0.start, std::cmp::Reverse(b.0.end)))
        });
        let mut kept: Vec<(Range<usize>, &str)> = Vec::new();
        for (range, id) in found {
            if kept.last().is_none_or(|(last, _)| range.start >= last.end) {
                kept.push((range, id));
            }
        }
        kept
    }

    /// The figures of the triple's sentence that belong to its object;
    /// `kept` is what [`ObjectNames::written`] found in the sentence.
    fn figures(triple: &Triple, kept: &[(Range<usize>, &str)]) -> Figures {
        let text = &triple.evidence.text;
        let object = triple.object.id();
        let names: Vec<Range<usize>> = kept.iter().map(|(r, _)| r.clone()).collect();
        let target: Vec<Range<usize>> = kept
            .iter()
            .filter(|(_, id)| *id == object)
            .map(|(r, _)| r.clone())
            .collect();
        if target.is_empty() {
            return Figures::default();
        }
        let mut figures = figures_of(text, &names, &target);
        // A stage is a project's: "projects under construction … cooperation
        // in industry" gives industry no stage.
        figures.stages = if triple.object.label == Label::Project {
            let projects: Vec<Range<usize>> = kept
                .iter()
                .filter(|(_, id)| id.starts_with("Project:"))
                .map(|(r, _)| r.clone())
                .collect();
            figures_of(text, &projects, &target).stages
        } else {
            Vec::new()
        };
        figures
    }
}

/// Where `form` is written in `text` as whole words, ASCII case ignored.
fn occurrences(text: &str, form: &str) -> Vec<Range<usize>> {
    let (hay, needle) = (text.as_bytes(), form.as_bytes());
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut out = Vec::new();
    if needle.is_empty() || needle.len() > hay.len() {
        return out;
    }
    for at in 0..=hay.len() - needle.len() {
        let end = at + needle.len();
        if !text.is_char_boundary(at)
            || !text.is_char_boundary(end)
            || !hay[at..end].eq_ignore_ascii_case(needle)
        {
            continue;
        }
        let before = text[..at].chars().next_back();
        let after = text[end..].chars().next();
        if !word(before) && !word(after) {
            out.push(at..end);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use cpec_model::{Entity, Evidence};

    use super::*;

    /// A triple of a test sentence: party, relation, object label, object.
    type Edge<'a> = (&'a str, Relation, Label, &'a str);

    /// An extraction of `sentences`: text, cue lemma and triples.
    fn article(
        id: &str,
        date: Option<&str>,
        meeting: Option<Entity>,
        sentences: &[(&str, &str, &[Edge<'_>])],
    ) -> Extraction {
        let mut entity = Entity::new(Label::Article, id);
        entity.date = date.and_then(|d| d.parse().ok());
        let mut entities: Vec<Entity> = meeting.iter().cloned().collect();
        let mut triples = Vec::new();
        for (index, (text, verb, edges)) in sentences.iter().enumerate() {
            for (party, relation, label, object) in edges.iter() {
                let (subject, object) = (
                    EntityKey::new(Label::Country, *party),
                    EntityKey::new(*label, *object),
                );
                if !entities.iter().any(|e| e.key() == object) {
                    entities.push(Entity::new(object.label, object.name.clone()));
                }
                triples.push(Triple {
                    subject,
                    relation: *relation,
                    object,
                    evidence: Evidence {
                        article: id.into(),
                        sentence: index,
                        span: Span::new(0, text.len()),
                        text: (*text).into(),
                        verb: (*verb).into(),
                        rule: "test".into(),
                        date: entity.date,
                        meeting: meeting.as_ref().map(|m| m.id().into()),
                        confidence: 0.9,
                    },
                });
            }
        }
        Extraction {
            article: entity,
            sentences: sentences.len(),
            entities,
            triples,
            diagnostics: Vec::new(),
        }
    }

    const COMMIT: Relation = Relation::CommittedTo;

    #[test]
    fn meetings_are_dated_by_a_range_in_a_sentence_that_names_them() {
        let visit = Entity::new(Label::Meeting, "Zardari's visit to China");
        let mut extraction = article(
            "z",
            Some("2025-02-06"),
            Some(visit.clone()),
            &[
                (
                    "Both sides agreed to upgrade ML-1.",
                    "agree",
                    &[("Pakistan", COMMIT, Label::Project, "ML-1 railway")],
                ),
                (
                    "Zardari is on a five-day visit from February 4 to 8.",
                    "visit",
                    &[],
                ),
            ],
        );
        extraction.triples.push(Triple {
            subject: EntityKey::new(Label::Official, "Asif Ali Zardari"),
            relation: Relation::Attended,
            object: visit.key(),
            evidence: Evidence {
                sentence: 1,
                text: "Zardari is on a five-day visit from February 4 to 8.".into(),
                ..extraction.triples[0].evidence.clone()
            },
        });
        let mut ledger = Ledger::new();
        ledger.add(&extraction);
        let mention = &ledger.mentions()[0];
        assert_eq!(mention.when.to_string(), "2025-02-04/2025-02-08");
        assert_eq!(mention.when.basis, Basis::Meeting);
        assert_eq!(
            mention.meeting.as_ref().map(|m| m.name.as_str()),
            Some("Zardari's visit to China")
        );
    }

    #[test]
    fn a_sentence_dated_outside_its_meeting_was_not_said_there() {
        let mut dialogue = Entity::new(Label::Meeting, "7th Strategic Dialogue");
        dialogue.start_date = "2026-01-04".parse().ok();
        let extraction = article(
            "d",
            Some("2026-01-05"),
            Some(dialogue),
            &[
                (
                    "Last month, the two sides agreed to open Khunjerab border port all year.",
                    "agree",
                    &[("China", COMMIT, Label::Project, "Khunjerab border port")],
                ),
                (
                    "They agreed on Sunday to accelerate Gwadar Port.",
                    "agree",
                    &[("China", COMMIT, Label::Project, "Gwadar Port")],
                ),
            ],
        );
        let mut ledger = Ledger::new();
        ledger.add(&extraction);
        let mentions = ledger.mentions();
        let khunjerab = &mentions[0];
        assert_eq!(
            (khunjerab.when.to_string(), khunjerab.when.basis),
            ("2025-12".to_string(), Basis::Sentence)
        );
        assert_eq!(khunjerab.meeting, None);
        // 2026-01-04 was a Sunday: the day of the dialogue.
        let gwadar = &mentions[1];
        assert_eq!(gwadar.when.to_string(), "2026-01-04");
        assert_eq!(gwadar.when.cue.as_deref(), Some("on Sunday"));
        assert!(gwadar.meeting.is_some());
    }

    #[test]
    fn a_signed_and_committed_sentence_is_one_signature() {
        let extraction = article(
            "s",
            None,
            None,
            &[(
                "Pakistan signed and committed to the MoU on e-commerce.",
                "commit",
                &[
                    ("Pakistan", COMMIT, Label::Agreement, "MoU on e-commerce"),
                    (
                        "Pakistan",
                        Relation::Signed,
                        Label::Agreement,
                        "MoU on e-commerce",
                    ),
                ],
            )],
        );
        let mut ledger = Ledger::new();
        ledger.add(&extraction);
        let commitments = ledger.commitments();
        assert_eq!(commitments.len(), 1);
        assert_eq!(commitments[0].mentions.len(), 1);
        assert_eq!(commitments[0].mentions[0].kind, Kind::Signature);
        assert_eq!(commitments[0].undated(), 1);
        assert_eq!(commitments[0].first_seen, None);
    }

    #[test]
    fn order_of_articles_does_not_matter() {
        let a = article(
            "a",
            Some("2024-06-08"),
            None,
            &[(
                "Pakistan and China agreed to upgrade the 1,733 km ML-1 railway.",
                "agree",
                &[
                    ("Pakistan", COMMIT, Label::Project, "ML-1 railway"),
                    ("China", COMMIT, Label::Project, "ML-1 railway"),
                ],
            )],
        );
        let b = article(
            "b",
            None,
            None,
            &[(
                "China reaffirmed its support for ML-1.",
                "reaffirm",
                &[("China", COMMIT, Label::Project, "ML-1 railway")],
            )],
        );
        let (mut ab, mut ba) = (Ledger::new(), Ledger::new());
        for extraction in [&a, &b, &a] {
            ab.add(extraction);
        }
        for extraction in [&b, &a] {
            ba.add(extraction);
        }
        assert_eq!(ab.commitments(), ba.commitments());
        let china = &ab.commitments()[0];
        assert_eq!(china.id, "Commitment:country-china--project-ml-1-railway");
        assert_eq!(china.mentions.len(), 2);
        assert_eq!(china.undated(), 1);
        assert_eq!(
            china.kinds,
            BTreeSet::from([Kind::Agreement, Kind::Reaffirmation])
        );
        assert_eq!(china.quantities[0].to_string(), "1733 km");
    }

    #[test]
    fn stages_belong_to_projects_only() {
        let text = "They agreed to complete projects under construction on time and to strengthen cooperation in industry, and the early completion of ML-1 railway.";
        let extraction = article(
            "s",
            None,
            None,
            &[(
                text,
                "agree",
                &[
                    ("China", COMMIT, Label::Sector, "industry"),
                    ("China", COMMIT, Label::Project, "ML-1 railway"),
                ],
            )],
        );
        let mut ledger = Ledger::new();
        ledger.add(&extraction);
        let stages: Vec<(String, Vec<Stage>)> = ledger
            .commitments()
            .into_iter()
            .map(|c| (c.object.name, c.stages))
            .collect();
        assert_eq!(
            stages,
            [
                ("ML-1 railway".to_string(), vec![Stage::Completed]),
                ("industry".to_string(), vec![]),
            ]
        );
    }

    #[test]
    fn topics_are_found_by_name_alias_id_or_words() {
        let mut ledger = Ledger::new();
        let mut extraction = article(
            "a",
            None,
            None,
            &[(
                "x",
                "agree",
                &[
                    ("China", COMMIT, Label::Project, "ML-1 railway"),
                    ("China", COMMIT, Label::Project, "Gwadar Port"),
                    (
                        "China",
                        COMMIT,
                        Label::Project,
                        "New Gwadar International Airport",
                    ),
                ],
            )],
        );
        extraction.entities[0].add_alias("Main Line-1");
        ledger.add(&extraction);
        let named = |name: &str| ledger.ids_named(name).into_iter().collect::<Vec<_>>();
        assert_eq!(named("main line-1"), ["Project:ml-1-railway"]);
        assert_eq!(named("Project:gwadar-port"), ["Project:gwadar-port"]);
        assert_eq!(named("ML-1"), ["Project:ml-1-railway"]);
        assert_eq!(
            named("gwadar"),
            [
                "Project:gwadar-port",
                "Project:new-gwadar-international-airport"
            ]
        );
        assert!(named("Karachi").is_empty());
    }
}
