//! Text to triples: the extraction stage of cpec-kg.
//!
//! # Brief overview
//!
//! An [`Extractor`] holds a compiled [`Lexicon`] (the gazetteer). Its
//! [`Extractor::extract`] reads one [`ArticleInput`] and returns an
//! [`Extraction`]: sentences ([`text`]) → mentions of typed, resolved entities
//! ([`mentions`]) → clauses opened by cue words and sentence patterns
//! ([`rules`]) → triples with evidence. Extraction is pure and never fails on
//! text; only a malformed lexicon is an error ([`LexiconError`]).
//!
//! ```
//! use cpec_extract::{ArticleInput, Extractor};
//!
//! let extractor = Extractor::builtin();
//! let text = "Pakistan and China agreed to deepen cooperation in agriculture and mining.";
//! let extraction = extractor.extract(&ArticleInput::new("demo", text));
//! let lines: Vec<String> = extraction.triples.iter().map(|t| t.to_string()).collect();
//! assert!(lines.contains(&"Pakistan (Country) -COMMITTED_TO-> agriculture (Sector)".to_string()));
//! assert!(lines.contains(&"China (Country) -COMMITTED_TO-> mining (Sector)".to_string()));
//! ```

pub mod cues;
pub mod dates;
pub mod gazetteer;
pub mod lexicon;
pub mod mentions;
pub mod rules;
pub mod text;
mod words;

use std::collections::BTreeSet;

use cpec_model::{Date, Diagnostic, Entity, EntityKey, Extraction, Label, Relation};

pub use gazetteer::Gazetteer;
pub use lexicon::{Lexicon, LexiconError};

use mentions::{AnalyzedSentence, Doc, Referent};
use rules::{Cite, Context, Emitter};

/// One article to read.
#[derive(Debug, Clone)]
pub struct ArticleInput<'a> {
    /// Article id (the file stem), used in evidence and the Article node.
    pub id: &'a str,
    pub text: &'a str,
    /// Where it was read from, for the Article node.
    pub path: Option<&'a str>,
    /// The date to use when the text gives none (`--date`).
    pub date: Option<Date>,
}

impl<'a> ArticleInput<'a> {
    pub fn new(id: &'a str, text: &'a str) -> ArticleInput<'a> {
        ArticleInput {
            id,
            text,
            path: None,
            date: None,
        }
    }
}

/// Reads articles into triples with a compiled lexicon.
#[derive(Debug, Clone)]
pub struct Extractor {
    gazetteer: Gazetteer,
    titles: mentions::Titles,
}

impl Extractor {
    pub fn new(lexicon: Lexicon) -> Extractor {
        let gazetteer = Gazetteer::new(lexicon);
        let titles = mentions::Titles::new(&gazetteer);
        Extractor { gazetteer, titles }
    }

    /// An extractor over the lexicon shipped with cpec-kg.
    pub fn builtin() -> Extractor {
        Extractor::new(Lexicon::builtin())
    }

    /// Extracts entities and triples from one article.
    pub fn extract(&self, input: &ArticleInput<'_>) -> Extraction {
        self.run(input).0
    }

    /// What the extractor saw in each sentence: its kind, its text and the
    /// mentions it found, with what each resolved to. For lexicon authors and
    /// annotators asking why an edge is there or not.
    pub fn explain(&self, input: &ArticleInput<'_>) -> Vec<SentenceTrace> {
        let (_, doc, ctx, analyzed) = self.run(input);
        analyzed
            .iter()
            .map(|sentence| SentenceTrace {
                index: sentence.index,
                body: sentence.is_body,
                text: input.text[sentence.span.start..sentence.span.end].to_string(),
                mentions: sentence
                    .mentions
                    .iter()
                    .map(|m| MentionTrace {
                        surface: input.text[m.span.start..m.span.end].to_string(),
                        referent: describe(&doc, &ctx, m),
                    })
                    .collect(),
            })
            .collect()
    }

    fn run<'s>(
        &'s self,
        input: &ArticleInput<'_>,
    ) -> (Extraction, Doc<'s>, Context, Vec<AnalyzedSentence>) {
        let text = input.text;
        let (sentences, preamble) = text::split_sentences(text);
        let tokens: Vec<Vec<text::Token>> = sentences
            .iter()
            .map(|s| text::tokenize(&text[s.span.start..s.span.end], s.span.start))
            .collect();
        let date = dates::article_date(&preamble, &tokens).or(input.date);

        let mut doc = Doc::new(&self.gazetteer, &self.titles);
        let analyzed: Vec<AnalyzedSentence> = sentences
            .iter()
            .zip(tokens)
            .map(|(s, t)| {
                mentions::analyze(
                    &mut doc,
                    s.index,
                    s.span,
                    s.kind == text::SentenceKind::Body,
                    text,
                    t,
                )
            })
            .collect();

        let mut ctx = context(&mut doc, &analyzed, input.id, date);
        let mut out = Emitter::default();
        visits(&mut doc, &mut ctx, text, &analyzed, &mut out);
        inaugurations(&mut doc, &mut ctx, text, &analyzed, &mut out);
        ctx.meeting = main_meeting(&doc, &ctx.meetings, &analyzed);
        implied_meeting(&mut doc, &mut ctx, text, &analyzed, &mut out);
        instruments(&mut doc, &mut ctx, text, &analyzed, input.id, date);
        meeting_dates(&mut doc, &analyzed, date);
        let mut discourse = rules::Discourse::default();
        // Until a country's official is mentioned, its last named in the article stands for it.
        for official in (0..doc.entities.len()).filter(|&e| doc.label(e) == Label::Official) {
            discourse.note_leader(&doc, official);
        }
        for sentence in &analyzed {
            discourse.previous = rules::relate(&doc, &ctx, text, sentence, &discourse, &mut out);
            for official in sentence
                .mentions
                .iter()
                .filter_map(|m| rules::entity_of(&ctx, &doc, m))
                .filter(|&e| doc.label(e) == Label::Official)
            {
                discourse.note_leader(&doc, official);
                discourse.last_official = Some(official);
            }
        }
        document_facts(&mut doc, &ctx, text, &analyzed, &mut out);

        let mut article = Entity::new(Label::Article, input.id);
        article.title = sentences
            .first()
            .filter(|s| s.kind == text::SentenceKind::Headline)
            .map(|s| text[s.span.start..s.span.end].to_string());
        article.date = date;
        article.path = input.path.map(String::from);
        let mut diagnostics = Vec::new();
        if date.is_none() {
            diagnostics.push(Diagnostic {
                span: cpec_model::Span::new(0, 0),
                message: "undated: no date line, dateline or --date".into(),
            });
        }
        // An entity never mentioned is kept when a triple names it.
        let unmentioned: BTreeSet<EntityKey> = (0..doc.entities.len())
            .filter(|&e| doc.mention_counts[e] == 0)
            .map(|e| doc.entities[e].key())
            .collect();
        let endpoints: BTreeSet<&EntityKey> = out
            .triples
            .iter()
            .flat_map(|t| [&t.subject, &t.object])
            .filter(|&key| unmentioned.contains(key))
            .collect();
        let used: Vec<bool> = (0..doc.entities.len())
            .map(|e| doc.mention_counts[e] > 0 || endpoints.contains(&doc.entities[e].key()))
            .collect();
        let entities = doc
            .entities
            .iter()
            .zip(used)
            .filter(|(_, u)| *u)
            .map(|(e, _)| e.clone())
            .collect();
        let extraction = Extraction {
            article,
            sentences: sentences.len(),
            entities,
            triples: out.triples,
            diagnostics,
        };
        (extraction, doc, ctx, analyzed)
    }
}

/// One sentence as the extractor saw it ([`Extractor::explain`]).
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceTrace {
    pub index: usize,
    /// Body text (headlines, datelines and captions are not).
    pub body: bool,
    pub text: String,
    pub mentions: Vec<MentionTrace>,
}

/// A mention and what it resolved to, e.g. `Official:ishaq-dar` or `the parties (2)`.
#[derive(Debug, Clone, PartialEq)]
pub struct MentionTrace {
    pub surface: String,
    pub referent: String,
}

fn describe(doc: &Doc<'_>, ctx: &Context, mention: &mentions::Mention) -> String {
    match rules::entity_of(ctx, doc, mention) {
        Some(e) => doc.entities[e].key().id(),
        None => match mention.referent {
            Referent::Parties(n) => format!("the parties ({n})"),
            Referent::Leaders => "the leaders".into(),
            Referent::Ministers(n) => format!("the ministers ({n})"),
            Referent::Pronoun(p) => format!("pronoun {p:?}"),
            Referent::EachOther => "each other".into(),
            Referent::Demonym(e) => format!("demonym of {}", doc.entities[e].key().id()),
            _ => "unresolved".into(),
        },
    }
}

/// The article's parties, its main meeting, its statement and signed bundle.
fn context(
    doc: &mut Doc<'_>,
    analyzed: &[AnalyzedSentence],
    article: &str,
    date: Option<Date>,
) -> Context {
    let mut countries: Vec<usize> = (0..doc.entities.len())
        .filter(|&e| doc.label(e) == Label::Country)
        .collect();
    // Pakistan and China first when present: the corridor's two parties.
    countries.sort_by_key(|&e| {
        let core = matches!(doc.entities[e].name.as_str(), "Pakistan" | "China");
        (
            !core,
            std::cmp::Reverse(doc.mention_counts[e]),
            doc.first_seen[e],
        )
    });
    if countries.len() < 2 {
        for name in ["Pakistan", "China"] {
            let c = doc.country(name, 0);
            if !countries.contains(&c) {
                countries.push(c);
            }
        }
    }
    let meetings: Vec<usize> = {
        let mut m: Vec<usize> = (0..doc.entities.len())
            .filter(|&e| doc.label(e) == Label::Meeting)
            .collect();
        m.sort_by_key(|&e| doc.first_seen[e]);
        m
    };
    let main = main_meeting(doc, &meetings, analyzed);
    Context {
        article: article.into(),
        date,
        parties: countries,
        meeting: main,
        meetings,
        statement: None,
        bundle: None,
    }
}

/// Names the article's joint statement and its bundle of signed instruments
/// after the main meeting, once visits and implied meetings are known.
fn instruments(
    doc: &mut Doc<'_>,
    ctx: &mut Context,
    text: &str,
    analyzed: &[AnalyzedSentence],
    article: &str,
    date: Option<Date>,
) {
    let mentions_of = |r: Referent| {
        analyzed
            .iter()
            .flat_map(|s| s.mentions.iter().map(move |m| (s.index, m)))
            .filter(move |(_, m)| m.referent == r)
    };
    let meeting_name = ctx.meeting.map(|m| doc.entities[m].name.clone());
    if let Some((first, _)) = mentions_of(Referent::Statement).next() {
        let name = match ctx.meeting {
            Some(m) if doc.entities[m].kind.as_deref() == Some("round") => {
                format!("Joint Statement of the {}", doc.entities[m].name)
            }
            Some(m) => format!("Joint Statement on {}", doc.entities[m].name),
            None => format!("Joint Statement ({article})"),
        };
        let e = doc.intern(Label::Agreement, &name, first);
        doc.entities[e].kind = Some("joint statement".into());
        doc.entities[e].date = date;
        for (_, m) in mentions_of(Referent::Statement) {
            doc.record(e, &text[m.span.start..m.span.end]);
        }
        ctx.statement = Some(e);
    }
    if let Some((first, _)) = mentions_of(Referent::Bundle).next() {
        let surfaces: Vec<&str> = mentions_of(Referent::Bundle)
            .map(|(_, m)| &text[m.span.start..m.span.end])
            .collect();
        let what = if surfaces.iter().any(|s| {
            let s = s.to_lowercase();
            s.contains("mou") || s.contains("memorand")
        }) {
            "Agreements and MoUs"
        } else {
            "Agreements"
        };
        let name = match meeting_name {
            Some(m) => format!("{what} signed during {m}"),
            None => format!("{what} signed ({article})"),
        };
        let e = doc.intern(Label::Agreement, &name, first);
        for surface in surfaces {
            // "a number of agreements/MoUs": the quantity is part of the name.
            doc.mention_counts[e] += 1;
            doc.entities[e].add_alias(surface.trim());
        }
        ctx.bundle = Some(e);
    }
}

/// A summit the article implies but never names ("meetings were held", the
/// leaders met): when no meeting is named in the lead, the talks of the
/// parties' most mentioned official become the article's meeting.
fn implied_meeting(
    doc: &mut Doc<'_>,
    ctx: &mut Context,
    text: &str,
    analyzed: &[AnalyzedSentence],
    out: &mut Emitter,
) {
    if bilateral_meeting(doc, ctx, text, analyzed, out) || ctx.meeting.is_some() {
        return;
    }
    let talks = analyzed.iter().any(|s| {
        s.tokens.windows(2).any(|w| {
            matches!(w[0].norm.as_str(), "meetings" | "talks")
                && matches!(w[1].norm.as_str(), "were" | "was" | "held")
        }) || s.mentions.iter().any(|m| m.referent == Referent::Statement)
    });
    let official = (0..doc.entities.len())
        .filter(|&e| doc.label(e) == Label::Official && doc.mention_counts[e] > 0)
        .max_by_key(|&e| (doc.mention_counts[e], std::cmp::Reverse(doc.first_seen[e])));
    let (true, Some(official)) = (talks, official) else {
        return;
    };
    let home = doc.entities[official].country.clone();
    let Some(host) = ctx
        .parties
        .iter()
        .copied()
        .find(|&c| Some(&doc.entities[c].name) != home.as_ref())
    else {
        return;
    };
    let host_name = doc.entities[host].name.clone();
    let demonym = doc
        .gazetteer
        .lookup(Label::Country, &host_name)
        .and_then(|e| {
            doc.gazetteer
                .entry(e)
                .attribute("demonym")
                .map(String::from)
        })
        .unwrap_or(host_name);
    let name = format!(
        "{}'s meetings with the {demonym} leadership",
        doc.entities[official].name
    );
    let first = doc.first_seen[official];
    let meeting = doc.intern(Label::Meeting, &name, first);
    doc.entities[meeting].kind = Some("talks".into());
    ctx.meetings.push(meeting);
    ctx.meeting = Some(meeting);
    if let Some(sentence) = analyzed.iter().find(|s| s.index == first) {
        let cite = Cite {
            sentence,
            verb: "meet",
            rule: "attend.implied",
            confidence: 0.7,
        };
        out.emit(
            (doc, ctx, text),
            official,
            Relation::Attended,
            meeting,
            cite,
        );
    }
}

/// "Minister Ahsan Iqbal received the Ambassador of China, Mr. Jiang Zaidong, in
/// Islamabad": when the first body sentence reports two officials meeting and no
/// meeting is named before, that meeting is the article's, with both attending.
fn bilateral_meeting(
    doc: &mut Doc<'_>,
    ctx: &mut Context,
    text: &str,
    analyzed: &[AnalyzedSentence],
    out: &mut Emitter,
) -> bool {
    let Some(lead) = analyzed.iter().find(|s| s.is_body) else {
        return false;
    };
    // "met … on the sidelines of the SCO summit": the summit is where they were,
    // their meeting is what the article is about.
    let sidelines = lead
        .tokens
        .windows(2)
        .any(|w| w[0].norm == "sidelines" && w[1].norm == "of");
    if !sidelines && ctx.meeting.is_some_and(|m| doc.first_seen[m] <= lead.index) {
        return false;
    }
    let words: Vec<&str> = lead.tokens.iter().map(|t| t.norm.as_str()).collect();
    let Some(cue) = (0..words.len()).find(|&i| {
        cues::cue_at(&words, i).is_some_and(|(class, _, _)| class == cues::CueClass::Meet)
    }) else {
        return false;
    };
    let official = |m: &mentions::Mention| match m.referent {
        Referent::Entity(e) if doc.label(e) == Label::Official => Some(e),
        _ => None,
    };
    let host = lead
        .mentions
        .iter()
        .filter(|m| m.tokens.end <= cue)
        .find_map(official);
    let guest = lead
        .mentions
        .iter()
        .filter(|m| m.tokens.start > cue)
        .find_map(official);
    let (Some(host), Some(guest)) = (host, guest) else {
        return false;
    };
    // Talks during one of the two's visit belong to the visit: it is the meeting.
    let visit_of = |official: usize| {
        let key = doc.entities[official].key();
        out.triples.iter().find_map(|t| {
            (t.relation == Relation::Attended && t.subject == key)
                .then(|| doc.find(Label::Meeting, &t.object.name))
                .flatten()
                .filter(|&m| doc.entities[m].kind.as_deref() == Some("visit"))
        })
    };
    if let Some(visit) = visit_of(host).or_else(|| visit_of(guest)) {
        ctx.meeting = Some(visit);
        return true;
    }
    let name = format!(
        "{}'s meeting with {}",
        doc.entities[host].name, doc.entities[guest].name
    );
    let meeting = doc.intern(Label::Meeting, &name, lead.index);
    doc.entities[meeting].kind = Some("meeting".into());
    doc.mention_counts[meeting] += 1;
    ctx.meetings.push(meeting);
    ctx.meeting = Some(meeting);
    let cite = Cite {
        sentence: lead,
        verb: "meet",
        rule: "attend.implied",
        confidence: 0.75,
    };
    for official in [host, guest] {
        out.emit(
            (doc, ctx, text),
            official,
            Relation::Attended,
            meeting,
            cite,
        );
    }
    // "… in Islamabad": where they met.
    let place = lead
        .mentions
        .iter()
        .filter(|m| m.tokens.start > cue && lead.word(m.tokens.start - 1) == "in")
        .find_map(|m| match m.referent {
            Referent::Entity(e) if matches!(doc.label(e), Label::Location | Label::Country) => {
                Some(e)
            }
            _ => None,
        });
    if let Some(place) = place {
        let cite = Cite {
            rule: "held-in.prep",
            verb: "hold",
            ..cite
        };
        out.emit((doc, ctx, text), meeting, Relation::HeldIn, place, cite);
    }
    true
}

/// The meeting an article is about, named in its lead: a numbered round
/// first, then a summit or forum, then a visit; among equals the most
/// mentioned, then the first.
fn main_meeting(doc: &Doc<'_>, meetings: &[usize], analyzed: &[AnalyzedSentence]) -> Option<usize> {
    let rank = |e: usize| match doc.entities[e].kind.as_deref() {
        Some("round") => 0,
        Some("visit") => 2,
        Some("ceremony") => 3,
        _ => 1,
    };
    // Meetings first named deep in the text are background ("the first meeting … was held this year").
    let lead_end = analyzed
        .iter()
        .filter(|s| s.is_body)
        .nth(LEAD_SENTENCES)
        .map_or(usize::MAX, |s| s.index);
    // A round announced for later ("the next round") is not where things were said.
    meetings
        .iter()
        .copied()
        .filter(|&e| doc.mention_counts[e] > 0 || doc.entities[e].kind.as_deref() == Some("visit"))
        .filter(|&e| doc.first_seen[e] < lead_end)
        .min_by_key(|&e| {
            (
                rank(e),
                std::cmp::Reverse(doc.mention_counts[e]),
                doc.first_seen[e],
            )
        })
}

/// How many body sentences make an article's lead.
const LEAD_SENTENCES: usize = 4;

/// Visits as Meetings: "Dar's official visit to China", "X is on a five-day
/// visit", "X, who was visiting China".
fn visits(
    doc: &mut Doc<'_>,
    ctx: &mut Context,
    text: &str,
    analyzed: &[AnalyzedSentence],
    out: &mut Emitter,
) {
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    let mut last_official = None;
    for sentence in analyzed.iter() {
        let earlier_official = last_official;
        last_official = sentence
            .mentions
            .iter()
            .rev()
            .find_map(|m| match m.referent {
                Referent::Entity(e) if doc.label(e) == Label::Official => Some(e),
                _ => None,
            })
            .or(last_official);
        if !sentence.is_body {
            continue;
        }
        let words: Vec<&str> = sentence.tokens.iter().map(|t| t.norm.as_str()).collect();
        let Some(at) = (0..words.len()).find(|&k| {
            matches!(words[k], "visit" | "visiting" | "trip" | "tour")
                // "invited Xi to visit Pakistan", "to pay a state visit": a visit to come.
                && !cues::is_intended(&words, k)
        }) else {
            continue;
        };
        let entity = |m: &mentions::Mention| match m.referent {
            Referent::Entity(e) => Some(e),
            _ => None,
        };
        // Not "Special Representative of President Xi Jinping": an official named
        // inside another's title or after a preposition is not the visitor.
        let governed = |m: &mentions::Mention| {
            // Past a short title ("of President Xi"), not into a title that has its own
            // "of" ("Chief of Army Staff Field Marshal Syed Asim Munir").
            let mut start = m.tokens.start;
            while start > 0 && m.tokens.start - start < 2 && sentence.tokens[start - 1].capitalized
            {
                start -= 1;
            }
            matches!(
                sentence.word(start.wrapping_sub(1)),
                "of" | "to" | "with" | "by" | "from"
            )
        };
        let official_before = sentence
            .mentions
            .iter()
            // A possessor is the visitor even inside a phrase ("details of Qureshi's visit").
            .filter(|m| m.tokens.end <= at && (m.possessive || !governed(m)))
            .filter_map(|m| {
                entity(m)
                    .filter(|&e| doc.label(e) == Label::Official)
                    .map(|e| (e, m.possessive))
            })
            .collect::<Vec<_>>();
        // "visiting Pakistani Prime Minister Shehbaz Sharif": the official after the adjective.
        // "the visiting prime minister": an adjective naming the visitor, or nobody.
        let adjectival =
            words[at] == "visiting" && matches!(sentence.word(at.wrapping_sub(1)), "the" | "a");
        let visiting_official = (sentence.tokens[at].norm == "visiting")
            .then(|| {
                sentence
                    .mentions
                    .iter()
                    .filter(|m| m.tokens.start > at && m.tokens.start <= at + 5)
                    .find_map(|m| entity(m).filter(|&e| doc.label(e) == Label::Official))
            })
            .flatten();
        // The possessor of "visit" wins ("Dar's official visit"), else the nearest official
        // ("… and Ishaq Dar, who was visiting China"), else a possessor after it ("The
        // visit … was Mr. Khan's first"), else the official of the sentences before.
        let possessor_after = || {
            sentence
                .mentions
                .iter()
                .filter(|m| m.possessive && m.tokens.start > at)
                .find_map(|m| entity(m).filter(|&e| doc.label(e) == Label::Official))
        };
        // "The visit …" names a new visit only while none is known.
        let anaphoric = found.is_empty() && at > 0 && matches!(words[at - 1], "the" | "this");
        let Some(visitor) = visiting_official
            .or_else(|| {
                if adjectival {
                    return None;
                }
                official_before
                    .iter()
                    .rev()
                    .find(|(_, p)| *p)
                    .or(official_before.last())
                    .map(|(e, _)| *e)
            })
            .or_else(possessor_after)
            .or(earlier_official.filter(|_| anaphoric))
        else {
            continue;
        };
        let place_after = sentence
            .mentions
            .iter()
            .filter(|m| m.tokens.start > at && m.tokens.start <= at + 3)
            .find_map(|m| {
                entity(m).filter(|&e| matches!(doc.label(e), Label::Country | Label::Location))
            });
        let place_anywhere = || {
            sentence
                .mentions
                .iter()
                .find_map(|m| entity(m).filter(|&e| doc.label(e) == Label::Location))
        };
        let visitor_country = doc.entities[visitor].country.clone();
        let destination = place_after
            .or_else(place_anywhere)
            .map(|p| country_of_place(doc, p, sentence.index))
            .or_else(|| {
                ctx.parties
                    .iter()
                    .copied()
                    .find(|&c| Some(&doc.entities[c].name) != visitor_country.as_ref())
            });
        let Some(country) = destination else { continue };
        if Some(&doc.entities[country].name) == visitor_country.as_ref() {
            continue;
        }
        let adjective = sentence.word(at.wrapping_sub(1)).to_string();
        let kind =
            matches!(adjective.as_str(), "official" | "state" | "working").then_some(adjective);
        let short = visitor_name(&doc.entities[visitor]);
        let place = &doc.entities[country].name;
        let name = match &kind {
            Some(k) => format!("{short}'s {k} visit to {place}"),
            None => format!("{short}'s visit to {place}"),
        };
        let owner = format!("{short}'s");
        let existing = ctx.meetings.iter().copied().find(|&m| {
            doc.entities[m].kind.as_deref() == Some("visit")
                && doc.entities[m].name.starts_with(&owner)
        });
        let meeting = existing.unwrap_or_else(|| {
            let m = doc.intern(Label::Meeting, &name, sentence.index);
            doc.entities[m].kind = Some("visit".into());
            ctx.meetings.push(m);
            m
        });
        doc.mention_counts[meeting] += 1;
        // "official visit", "five-day visit": the surface with its adjective.
        let adjective_before =
            kind.is_some() || sentence.word(at.wrapping_sub(1)).ends_with("-day");
        let start = sentence.tokens[at.saturating_sub(usize::from(adjective_before))]
            .span
            .start;
        let end = sentence.tokens[at].span.end;
        // A bare "visit" would match any other visit; only a qualified one names this one.
        if adjective_before {
            doc.entities[meeting].add_alias(&text[start..end]);
        }
        let cite = Cite {
            sentence,
            verb: "visit",
            rule: "visit.meeting",
            confidence: 0.8,
        };
        out.emit((doc, ctx, text), visitor, Relation::Attended, meeting, cite);
        out.emit((doc, ctx, text), visitor, Relation::Visited, country, cite);
        out.emit((doc, ctx, text), meeting, Relation::HeldIn, country, cite);
        // "in Beijing, where the Pakistani head of state is on a five-day visit"; a
        // city after another meeting of the sentence is that meeting's venue.
        let cities: Vec<usize> = sentence
            .mentions
            .iter()
            .take_while(|m| entity(m).is_none_or(|e| doc.label(e) != Label::Meeting))
            // Before the visit is named: "arrived in Islamabad on a state visit"; after
            // it, places are what the visit was about ("a corridor linking Kashgar …").
            .filter(|m| m.tokens.end <= at)
            // "in Beijing", not "at the Great Hall": a city, not a venue.
            .filter(|m| sentence.word(m.tokens.start.wrapping_sub(1)) == "in")
            .filter_map(|m| entity(m).filter(|&e| doc.label(e) == Label::Location))
            .collect();
        for city in cities {
            if country_of_place(doc, city, sentence.index) == country {
                out.emit((doc, ctx, text), visitor, Relation::Visited, city, cite);
                out.emit((doc, ctx, text), meeting, Relation::HeldIn, city, cite);
            }
        }
        if ctx.meeting.is_none() {
            ctx.meeting = Some(meeting);
        }
        found.push((meeting, visitor, country));
    }
    // "In Shanghai he gave a keynote address": a sentence set in a city of the
    // country visited puts the visitor there.
    let Some(&(meeting, visitor, country)) = found.first() else {
        return;
    };
    for sentence in analyzed.iter().filter(|s| s.is_body) {
        let Some(first) = sentence.mentions.first() else {
            continue;
        };
        let opens_with_place = first.tokens.start == 1 && sentence.word(0) == "in";
        let city = match first.referent {
            Referent::Entity(e) if doc.label(e) == Label::Location => e,
            _ => continue,
        };
        let visitor_acts = sentence.mentions.get(1).is_some_and(|m| {
            matches!(m.referent, Referent::Entity(e) if e == visitor)
                || matches!(m.referent, Referent::Pronoun(mentions::Pronoun::He))
        });
        if opens_with_place
            && visitor_acts
            && country_of_place(doc, city, sentence.index) == country
        {
            let cite = Cite {
                sentence,
                verb: "visit",
                rule: "visit.meeting",
                confidence: 0.75,
            };
            out.emit((doc, ctx, text), visitor, Relation::Visited, city, cite);
            out.emit((doc, ctx, text), meeting, Relation::HeldIn, city, cite);
        }
    }
}

/// "The Lahore Orange Line Metro Train was inaugurated by Punjab Chief Minister
/// Usman Buzdar … in Lahore", "Prime Minister X inaugurated the New Gwadar
/// International Airport": opening a project is a ceremony its openers attend.
fn inaugurations(
    doc: &mut Doc<'_>,
    ctx: &mut Context,
    text: &str,
    analyzed: &[AnalyzedSentence],
    out: &mut Emitter,
) {
    for sentence in analyzed.iter().filter(|s| s.is_body) {
        let words: Vec<&str> = sentence.tokens.iter().map(|t| t.norm.as_str()).collect();
        let Some(at) = (0..words.len()).find(|&k| {
            matches!(
                words[k],
                "inaugurated" | "inaugurates" | "inaugurate" | "opened"
            ) && !cues::is_intended(&words, k)
        }) else {
            continue;
        };
        let entity_with = |m: &mentions::Mention, label: Label| match m.referent {
            Referent::Entity(e) if doc.label(e) == label => Some(e),
            _ => None,
        };
        let passive = cues::is_passive(&words, at);
        let project = if passive {
            sentence
                .mentions
                .iter()
                .rev()
                .filter(|m| m.tokens.end <= at)
                .find_map(|m| entity_with(m, Label::Project))
        } else {
            sentence
                .mentions
                .iter()
                .filter(|m| m.tokens.start > at && m.tokens.start <= at + 3)
                .find_map(|m| entity_with(m, Label::Project))
        };
        let Some(project) = project else { continue };
        let openers: Vec<usize> = if passive && sentence.word(at + 1) == "by" {
            sentence
                .mentions
                .iter()
                .filter(|m| m.tokens.start > at)
                .filter_map(|m| entity_with(m, Label::Official))
                .collect()
        } else {
            sentence
                .mentions
                .iter()
                .filter(|m| m.tokens.end <= at && !m.possessive)
                .filter_map(|m| entity_with(m, Label::Official))
                .collect()
        };
        let name = format!("{} inauguration ceremony", doc.entities[project].name);
        let meeting = doc.intern(Label::Meeting, &name, sentence.index);
        doc.entities[meeting].kind = Some("ceremony".into());
        doc.mention_counts[meeting] += 1;
        if !ctx.meetings.contains(&meeting) {
            ctx.meetings.push(meeting);
        }
        let cite = Cite {
            sentence,
            verb: "inaugurate",
            rule: "attend.inauguration",
            confidence: 0.8,
        };
        for official in openers {
            out.emit(
                (doc, ctx, text),
                official,
                Relation::Attended,
                meeting,
                cite,
            );
        }
        // "… in Lahore", "at the Dera Gujran depot": where the ceremony was.
        let places: Vec<usize> = sentence
            .mentions
            .iter()
            .filter(|m| {
                m.tokens.start > at && matches!(sentence.word(m.tokens.start - 1), "in" | "at")
            })
            .filter_map(|m| match m.referent {
                Referent::Entity(e) if matches!(doc.label(e), Label::Location | Label::Country) => {
                    Some(e)
                }
                _ => None,
            })
            .collect();
        for place in places {
            let cite = Cite {
                rule: "held-in.prep",
                verb: "hold",
                ..cite
            };
            out.emit((doc, ctx, text), meeting, Relation::HeldIn, place, cite);
        }
    }
}

/// How a visit names its visitor: a head of state or government by title and
/// surname ("President Zardari"), others by name ("Ishaq Dar").
fn visitor_name(official: &Entity) -> String {
    let words: Vec<&str> = official.name.split_whitespace().collect();
    let chinese = official.country.as_deref() == Some("China");
    let short = if words.len() > 2 && !chinese {
        words[words.len() - 1].to_string()
    } else {
        official.name.clone()
    };
    let head = official.roles.iter().find(|r| {
        matches!(
            r.as_str(),
            "President" | "Prime Minister" | "Premier" | "Vice President"
        )
    });
    match head {
        Some(title) => format!("{title} {short}"),
        None => short,
    }
}

/// The Country a place is in: itself, the country whose capital it is, or its
/// lexicon `located_in` chain.
fn country_of_place(doc: &mut Doc<'_>, place: usize, sentence: usize) -> usize {
    if doc.label(place) == Label::Country {
        return place;
    }
    match doc.gazetteer.country_of_place(&doc.entities[place].name) {
        Some(country) => doc.country(&country, sentence),
        None => place,
    }
}

/// Start and end dates of the meetings named in dated sentences.
fn meeting_dates(doc: &mut Doc<'_>, analyzed: &[AnalyzedSentence], anchor: Option<Date>) {
    for sentence in analyzed {
        let meetings: Vec<usize> = sentence
            .mentions
            .iter()
            .filter_map(|m| match m.referent {
                Referent::Entity(e) if doc.label(e) == Label::Meeting => Some(e),
                _ => None,
            })
            .collect();
        // Most sentences name no meeting: their dates are not read.
        if meetings.is_empty() {
            continue;
        }
        let found = dates::find_dates(&sentence.tokens);
        let Some(first) = found.first() else { continue };
        for meeting in meetings {
            let entity = &mut doc.entities[meeting];
            if entity.start_date.is_some() {
                continue;
            }
            entity.start_date = dates::resolve(first.start, anchor);
            entity.end_date = first
                .end
                .and_then(|e| dates::resolve(e, anchor))
                .or(entity.start_date);
        }
    }
}

/// Facts about the article's entities as a whole: the country each official
/// represents, bodies named in titles, statements produced by the meeting,
/// and lexicon hierarchies the text spells out ("CPEC 2.0" is part of CPEC).
fn document_facts(
    doc: &mut Doc<'_>,
    ctx: &Context,
    text: &str,
    analyzed: &[AnalyzedSentence],
    out: &mut Emitter,
) {
    let first_seen = doc.first_seen.clone();
    // Sentences are in index order.
    let sentence_of = |e: usize| {
        let &i = first_seen.get(e)?;
        let at = analyzed.binary_search_by_key(&i, |s| s.index).ok()?;
        Some(&analyzed[at])
    };
    let officials: Vec<usize> = (0..doc.entities.len())
        .filter(|&e| doc.label(e) == Label::Official)
        .collect();
    for official in officials {
        let Some(country) = doc.entities[official].country.clone() else {
            continue;
        };
        let Some(sentence) = sentence_of(official) else {
            continue;
        };
        let c = doc.country(&country, sentence.index);
        out.emit(
            (doc, ctx, text),
            official,
            Relation::Represents,
            c,
            Cite {
                sentence,
                verb: "represent",
                rule: "represents.country",
                confidence: 0.9,
            },
        );
    }
    for (official, body) in doc.title_bodies.clone() {
        if let Some(sentence) = sentence_of(official) {
            out.emit(
                (doc, ctx, text),
                official,
                Relation::MemberOf,
                body,
                Cite {
                    sentence,
                    verb: "be member of",
                    rule: "member-of.title",
                    confidence: 0.85,
                },
            );
        }
    }
    if let (Some(meeting), Some(statement)) = (ctx.meeting, ctx.statement)
        && let Some(sentence) = analyzed
            .iter()
            .find(|s| s.mentions.iter().any(|m| m.referent == Referent::Statement))
    {
        out.emit(
            (doc, ctx, text),
            meeting,
            Relation::Produced,
            statement,
            Cite {
                sentence,
                verb: "issue",
                rule: "produced.statement",
                confidence: 0.85,
            },
        );
    }
    // Lexicon hierarchies, when the child's own name or surface form contains the parent's.
    let gazetteer = doc.gazetteer;
    for child in 0..doc.entities.len() {
        let label = doc.label(child);
        let Some(entry) = gazetteer
            .lookup(label, &doc.entities[child].name)
            .map(|e| gazetteer.entry(e))
        else {
            continue;
        };
        let Some(parent_name) = entry.attribute("part_of") else {
            continue;
        };
        let parent_label = if label == Label::Organization {
            Label::Organization
        } else {
            Label::Initiative
        };
        let Some(parent_entry) = gazetteer
            .lookup(parent_label, parent_name)
            .map(|e| gazetteer.entry(e))
        else {
            continue;
        };
        let forms: Vec<String> = std::iter::once(&doc.entities[child].name)
            .chain(doc.entities[child].aliases.iter())
            .map(|f| text::normalize(f))
            .collect();
        let parent_forms: Vec<String> = std::iter::once(&parent_entry.name)
            .chain(parent_entry.aliases.iter())
            .map(|f| text::normalize(f))
            .collect();
        let spelled = forms.iter().any(|f| {
            parent_forms
                .iter()
                .any(|p| p.len() >= 3 && f.contains(p.as_str()) && f != p)
        });
        if !spelled {
            continue;
        }
        let Some(sentence) = sentence_of(child) else {
            continue;
        };
        let parent = doc.intern(parent_label, parent_name, sentence.index);
        doc.mention_counts[parent] += 1;
        out.emit(
            (doc, ctx, text),
            child,
            Relation::PartOf,
            parent,
            Cite {
                sentence,
                verb: "be part of",
                rule: "part-of.lexicon",
                confidence: 0.8,
            },
        );
    }
    // An instrument whose title names its subject: "MoU on e-commerce", "Cultural
    // Cooperation Agreement", "Framework Agreement on Industrial Cooperation".
    for agreement in 0..doc.entities.len() {
        if doc.label(agreement) != Label::Agreement || doc.mention_counts[agreement] == 0 {
            continue;
        }
        let Some(sentence) = sentence_of(agreement) else {
            continue;
        };
        let name = doc.entities[agreement].name.clone();
        // Overlapping matches too, since the whole title is itself a longer match.
        let mut sectors: Vec<String> = Vec::new();
        for m in gazetteer.matches(&name, 0, &text::tokenize(&name, 0)) {
            let entry = gazetteer.entry(m.entry);
            if entry.kind == lexicon::EntryKind::Node(Label::Sector)
                && !sectors.contains(&entry.name)
            {
                sectors.push(entry.name.clone());
            }
        }
        for sector_name in sectors {
            let sector = doc.intern(Label::Sector, &sector_name, sentence.index);
            out.emit(
                (doc, ctx, text),
                agreement,
                Relation::FocusesOn,
                sector,
                Cite {
                    sentence,
                    verb: "cover",
                    rule: "focus.title",
                    confidence: 0.8,
                },
            );
        }
    }
}
