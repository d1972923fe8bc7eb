//! Relations: clauses opened by cue words, their subjects and objects, and the
//! sentence-level patterns that state places, visits, invitations and parts.
//!
//! Every rule has an id (the `rule` property of its edges) documented in
//! `RULES.md` with its pattern, an example, what it produces and its known misses.

use std::sync::Arc;

use cpec_model::{Date, EntityKey, Evidence, Label, Relation, Triple};
#[expect(clippy::disallowed_types, reason = "looked up, never iterated")]
use rustc_hash::FxHashSet;

use crate::cues::{CueClass, cue_at, ends_clause, is_hedge, is_intended, is_negation, is_passive};
use crate::mentions::{AnalyzedSentence, Doc, Mention, Pronoun, Referent, Source};

/// Who a clause is about before it is resolved to entities.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Subject {
    Entity(usize),
    Parties(usize),
    Leaders,
    Ministers(usize),
}

/// A clause: a cue, who it is about, and the mentions it governs.
#[derive(Debug, Clone)]
struct Clause {
    class: CueClass,
    lemma: &'static str,
    subjects: Vec<Subject>,
    /// Indices into the sentence's mentions.
    objects: Vec<usize>,
    /// Where a focus phrase starts in `objects`, and whose focus it is.
    focus: Option<(usize, &'static str)>,
    hedged: bool,
    negated: bool,
    /// The subject came from the context, not from this clause.
    inherited: bool,
    /// The cue is an infinitive ("to visit"): intended, not done.
    infinitive: bool,
    /// "… was welcomed": the objects came before the cue; none after it.
    passive: bool,
    /// "… was attended by X and Y": the attendees are the officials after the cue.
    attended_by: bool,
}

/// Article-level facts the rules read.
#[derive(Debug, Clone)]
pub struct Context {
    /// The article id, one copy for the evidence of every triple.
    pub article: Arc<str>,
    pub date: Option<Date>,
    /// The article's parties, most mentioned first (usually Pakistan and China).
    pub parties: Vec<usize>,
    /// The meeting the article is about, if any.
    pub meeting: Option<usize>,
    /// All meetings, in order of first mention.
    pub meetings: Vec<usize>,
    pub statement: Option<usize>,
    pub bundle: Option<usize>,
}

/// Collects triples, refusing those the ontology does not allow.
#[derive(Debug, Default)]
pub struct Emitter {
    pub triples: Vec<Triple>,
    #[expect(clippy::disallowed_types, reason = "looked up, never iterated")]
    seen: FxHashSet<(usize, Relation, usize, usize)>,
    /// The id of the last meeting cited: the context's meeting rarely changes
    /// and its slug is the cost of a triple.
    meeting_id: Option<(usize, Arc<str>)>,
    /// One copy of each short string the triples repeat: verbs, rules.
    #[expect(clippy::disallowed_types, reason = "looked up, never iterated")]
    shared: FxHashSet<Arc<str>>,
    /// The text of the last sentence cited: triples come sentence by sentence.
    sentence_text: Option<(usize, Arc<str>)>,
}

/// What a triple says besides its endpoints.
#[derive(Debug, Clone, Copy)]
pub struct Cite<'a> {
    pub sentence: &'a AnalyzedSentence,
    pub verb: &'a str,
    pub rule: &'a str,
    pub confidence: f64,
}

impl Emitter {
    pub fn emit(
        &mut self,
        (doc, ctx, text): (&Doc<'_>, &Context, &str),
        from: usize,
        relation: Relation,
        to: usize,
        cite: Cite<'_>,
    ) {
        let (from_label, to_label) = (doc.label(from), doc.label(to));
        if from == to || !relation.allows(from_label, to_label) {
            return;
        }
        let (a, b) = if relation.is_symmetric() && to < from {
            (to, from)
        } else {
            (from, to)
        };
        if !self.seen.insert((a, relation, b, cite.sentence.index)) {
            return;
        }
        let meeting = ctx.meeting.map(|m| match &self.meeting_id {
            Some((cached, id)) if *cached == m => id.clone(),
            _ => {
                let id: Arc<str> = doc.entities[m].id().into();
                self.meeting_id = Some((m, id.clone()));
                id
            }
        });
        let date = ctx
            .meeting
            .and_then(|m| doc.entities[m].start_date)
            .or(ctx.date);
        let span = cite.sentence.span;
        let evidence = Evidence {
            article: ctx.article.clone(),
            sentence: cite.sentence.index,
            span,
            text: match &self.sentence_text {
                Some((index, shared)) if *index == cite.sentence.index => shared.clone(),
                _ => {
                    let shared: Arc<str> = text[span.start..span.end].into();
                    self.sentence_text = Some((cite.sentence.index, shared.clone()));
                    shared
                }
            },
            verb: self.share(cite.verb),
            rule: self.share(cite.rule),
            date,
            meeting,
            confidence: (cite.confidence * 100.0).round() / 100.0,
        };
        self.triples.push(Triple {
            subject: key(doc, a),
            relation,
            object: key(doc, b),
            evidence,
        });
    }

    /// The shared copy of `text`.
    fn share(&mut self, text: &str) -> Arc<str> {
        if let Some(shared) = self.shared.get(text) {
            return shared.clone();
        }
        let shared: Arc<str> = text.into();
        self.shared.insert(shared.clone());
        shared
    }
}

fn key(doc: &Doc<'_>, entity: usize) -> EntityKey {
    doc.entities[entity].key()
}

/// Resolves a mention to one entity, where it names one.
pub fn entity_of(ctx: &Context, doc: &Doc<'_>, mention: &Mention) -> Option<usize> {
    match mention.referent {
        Referent::Entity(e) => Some(e),
        Referent::Statement => ctx.statement,
        Referent::Bundle => ctx.bundle,
        Referent::MeetingAnaphor => ctx.meeting.or_else(|| ctx.meetings.first().copied()),
        Referent::Demonym(_)
        | Referent::Parties(_)
        | Referent::Leaders
        | Referent::Ministers(_)
        | Referent::Pronoun(_)
        | Referent::EachOther => {
            let _ = doc;
            None
        }
    }
}

/// Words skipped between a subject and its verb.
fn is_adverbial(word: &str) -> bool {
    matches!(
        word,
        "also"
            | "further"
            | "have"
            | "has"
            | "had"
            | "will"
            | "would"
            | "jointly"
            | "on"
            | "in"
            | "turn"
            | ","
            | "then"
            | "again"
            | "strongly"
            | "firmly"
            | "fully"
            | "both"
            | "all"
            | "too"
            | "is"
            | "are"
            | "was"
            | "were"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "today"
            | "yesterday"
            | "once"
            | "repeatedly"
            | "unanimously"
            | "formally"
            | "expressed"
            | "their"
            | "his"
            | "her"
            | "its"
            | "strong"
            | "firm"
            | "full"
            | "continued"
            | "reciprocal"
            | "move"
            | "return"
            | "the"
            | "a"
            | "remain"
            | "remains"
            | "remained"
            | "stay"
            | "stays"
            | "stayed"
            | "later"
            | "subsequently"
            | "separately"
            | "afterwards"
            | "earlier"
    )
}

/// What earlier sentences leave for this one: who spoke or acted last.
#[derive(Debug, Clone, Default)]
pub struct Discourse {
    /// The subjects of the previous sentence (for "they", "it", "we").
    pub previous: Vec<usize>,
    /// The official mentioned last before this sentence (for "he", "she").
    pub last_official: Option<usize>,
    /// For each country, its official mentioned last before this sentence, or
    /// its last named in the article while none is (for "the two leaders",
    /// "the three ministers"). One a country, so a lookup is short however
    /// many officials the article names.
    pub leaders: Vec<usize>,
}

impl Discourse {
    /// Makes `official` the one who stands for their country, if they have one.
    pub fn note_leader(&mut self, doc: &Doc<'_>, official: usize) {
        let Some(country) = &doc.entities[official].country else {
            return;
        };
        self.leaders
            .retain(|&o| doc.entities[o].country.as_ref() != Some(country));
        self.leaders.push(official);
    }
}

/// Runs the clause rules over one sentence and returns its subjects, which
/// the next sentence's pronouns refer to.
pub fn relate(
    doc: &Doc<'_>,
    ctx: &Context,
    text: &str,
    sentence: &AnalyzedSentence,
    discourse: &Discourse,
    out: &mut Emitter,
) -> Vec<usize> {
    let words: Vec<&str> = sentence.tokens.iter().map(|t| t.norm.as_str()).collect();
    let (clauses, reported) = clauses(doc, ctx, sentence, &words, discourse);
    let mut subjects = Vec::new();
    let recent = discourse.leaders.as_slice();
    for clause in &clauses {
        emit_clause(doc, ctx, text, sentence, clause, recent, out);
    }
    for s in clauses.iter().flat_map(|c| &c.subjects).chain(&reported) {
        for e in resolve_subject(doc, ctx, recent, *s, false) {
            if !subjects.contains(&e) {
                subjects.push(e);
            }
        }
    }
    sentence_patterns(doc, ctx, text, sentence, &clauses, recent, out);
    subjects
}

/// Prepositions after which a noun phrase is not a clause's subject.
fn is_governing_preposition(word: &str) -> bool {
    matches!(
        word,
        "of" | "with"
            | "for"
            | "to"
            | "from"
            | "between"
            | "according"
            | "under"
            | "including"
            | "on"
            | "at"
            | "in"
            | "among"
            | "about"
            | "like"
            | "during"
            | "after"
            | "before"
            | "by"
            | "per"
            | "against"
            | "over"
            | "regarding"
            | "within"
            | "into"
            | "across"
            | "through"
            | "via"
            | "towards"
            | "toward"
            | "than"
    )
}

fn subject_of(
    doc: &Doc<'_>,
    ctx: &Context,
    sentence: &AnalyzedSentence,
    m: usize,
    discourse: &Discourse,
) -> Option<Subject> {
    let mention = &sentence.mentions[m];
    if mention.possessive {
        return None;
    }
    // Past determiners and a short title: "… Special Representative of President
    // Xi Jinping" is governed by "of".
    let mut start = mention.tokens.start;
    while start > 0
        && (matches!(sentence.word(start - 1), "the" | "a" | "an")
            || (sentence.tokens[start - 1].capitalized && mention.tokens.start - start < 2))
    {
        start -= 1;
    }
    let before = start.checked_sub(1).map_or("", |i| sentence.word(i));
    if is_governing_preposition(before) {
        return None;
    }
    let previous = discourse.previous.as_slice();
    match mention.referent {
        Referent::Parties(n) => Some(Subject::Parties(n)),
        Referent::Leaders => Some(Subject::Leaders),
        Referent::Ministers(n) => Some(Subject::Ministers(n)),
        // "they" is plural: the previous sentence's subjects if several, else the parties.
        Referent::Pronoun(Pronoun::They) => match previous {
            [_, _, ..] if previous.iter().all(|e| ctx.parties.contains(e)) => {
                Some(Subject::Parties(previous.len()))
            }
            [_, _, ..] if previous.iter().all(|&e| doc.label(e) == Label::Official) => {
                Some(Subject::Leaders)
            }
            _ => Some(Subject::Parties(2)),
        },
        // "It was agreed": the parties, impersonally.
        Referent::Pronoun(Pronoun::It)
            if matches!(sentence.word(mention.tokens.end), "was" | "is" | "has") =>
        {
            Some(Subject::Parties(2))
        }
        Referent::Pronoun(Pronoun::It) => match previous {
            [one, ..] if doc.label(*one) == Label::Country => Some(Subject::Entity(*one)),
            _ => None,
        },
        // "he": an official named earlier in this sentence, else the previous subject, else the last named.
        // Not a possessor: in "Sharif, on a visit at Xi's invitation, … where he met", he is Sharif.
        Referent::Pronoun(Pronoun::He) => sentence.mentions[..m]
            .iter()
            .rev()
            .filter(|earlier| !earlier.possessive)
            .filter_map(|earlier| entity_of(ctx, doc, earlier))
            .find(|&e| doc.label(e) == Label::Official)
            .or_else(|| {
                previous
                    .iter()
                    .copied()
                    .find(|&e| doc.label(e) == Label::Official)
            })
            .or(discourse.last_official)
            .map(Subject::Entity),
        // A quoted "we" is the speaker's country.
        Referent::Pronoun(Pronoun::We) => previous
            .iter()
            .find_map(|&e| match doc.label(e) {
                Label::Country => Some(e),
                Label::Official => doc.entities[e]
                    .country
                    .as_deref()
                    .and_then(|c| doc.find(Label::Country, c)),
                _ => None,
            })
            .map(Subject::Entity),
        _ => {
            let e = entity_of(ctx, doc, mention)?;
            matches!(
                doc.label(e),
                Label::Country
                    | Label::Official
                    | Label::Organization
                    | Label::Meeting
                    | Label::Agreement
            )
            .then_some(Subject::Entity(e))
        }
    }
}

/// Whether a mention is a real object of a clause, as opposed to a
/// demonym or a party named on the way ("the efforts of Pakistan to …").
fn is_content_object(ctx: &Context, doc: &Doc<'_>, mention: &Mention) -> bool {
    entity_of(ctx, doc, mention).is_some_and(|e| !ctx.parties.contains(&e))
}

/// Splits a sentence into clauses, one per cue; also returns the subjects of
/// reporting verbs ("the ambassador said"), which participial openings and
/// the next sentence's pronouns refer to.
fn clauses(
    doc: &Doc<'_>,
    ctx: &Context,
    sentence: &AnalyzedSentence,
    words: &[&str],
    discourse: &Discourse,
) -> (Vec<Clause>, Vec<Subject>) {
    let mut done: Vec<Clause> = Vec::new();
    let mut current: Option<Clause> = None;
    let mut pending: Vec<Subject> = Vec::new();
    let mut pending_end = 0usize;
    let mut last_subjects: Vec<Subject> = Vec::new();
    let mut reported: Vec<Subject> = Vec::new();
    let mut hedge = false;
    let mut negation = false;
    // Inside a purpose clause ("… to support Pakistan's industry"): cues there state no relation.
    let mut in_purpose = false;
    // Where the noun phrases before the next cue begin (the objects of a passive cue).
    let mut segment_start = 0usize;
    // The mention starting at each token, if any: one lookup per token.
    let mut mention_at: Vec<Option<usize>> = vec![None; words.len()];
    for (k, m) in sentence.mentions.iter().enumerate() {
        if let Some(slot) = mention_at.get_mut(m.tokens.start) {
            slot.get_or_insert(k);
        }
    }
    let mut i = 0;
    while i < words.len() {
        if let Some(m) = mention_at.get(i).copied().flatten() {
            let mention = &sentence.mentions[m];
            let end = mention.tokens.end;
            let subject = subject_of(doc, ctx, sentence, m, discourse);
            // "called on President Xi, held talks with Premier Li": after an object, a
            // comma and a verb continue the same subject's actions.
            let coordinated = current.is_some() && words.get(end) == Some(&",");
            let verb_follows = subject.is_some() && !coordinated && cue_follows(words, end);
            if verb_follows {
                in_purpose = false;
            }
            match (&mut current, subject) {
                (Some(clause), Some(s)) if verb_follows => {
                    // "signed five agreements covering trade": signed, and covering.
                    if clause.class == CueClass::Sign {
                        clause.objects.push(m);
                    }
                    done.extend(current.take());
                    pending = vec![s];
                    pending_end = end;
                }
                (Some(clause), _) if !clause.passive => clause.objects.push(m),
                (Some(_), _) => {}
                (None, Some(s)) => {
                    // "Mr Xi, President Mamnoon Hussain and Mr Sharif": titles may sit between.
                    let joined = pending_end > 0
                        && sentence.tokens[pending_end..i].iter().all(|t| {
                            matches!(t.norm.as_str(), "and" | "," | "as" | "well") || t.capitalized
                        });
                    if !joined {
                        pending.clear();
                    }
                    pending.push(s);
                    pending_end = end;
                }
                (None, None) => {}
            }
            i = end;
            continue;
        }
        let word = words[i];
        // "pledged that Pakistan would …": the future of reported speech, not a hedge.
        let reported_future = word == "would"
            && (cue_at(words, i).is_some()
                || current
                    .as_ref()
                    .is_some_and(|c| c.class == CueClass::Commit));
        if is_hedge(words, i) && !reported_future {
            match &mut current {
                Some(c) => c.hedged = true,
                None => hedge = true,
            }
        }
        if is_negation(word) {
            match &mut current {
                Some(c) => c.negated = true,
                None => negation = true,
            }
        }
        if word == "and"
            && cue_at(words, i + 1).is_some_and(|(_, _, _)| words[i + 1].ends_with("ed"))
        {
            in_purpose = false;
        }
        // "visiting Pakistani Prime Minister Shehbaz Sharif": an adjective, not a verb.
        let adjectival = word == "visiting"
            && sentence.tokens.get(i + 1).is_some_and(|t| {
                t.capitalized || sentence.mentions.iter().any(|m| m.tokens.start == i + 1)
            });
        // "flew to Beijing to attend the opening ceremony": attending is the purpose, and it happened.
        let cue = cue_at(words, i)
            .filter(|(class, _, _)| !in_purpose || *class == CueClass::Attend)
            .filter(|_| !adjectival);
        if let Some((class, lemma, len)) = cue {
            // "reaffirmed their commitment to", "expressed readiness to": one commitment.
            let restated = class == CueClass::Commit
                && current
                    .as_ref()
                    .is_some_and(|c| c.class == CueClass::Commit && c.objects.is_empty());
            if restated {
                i += len;
                continue;
            }
            let inline = class == CueClass::Focus
                && current
                    .as_ref()
                    .is_some_and(|c| c.class == CueClass::Commit);
            if inline {
                let clause = current.as_mut().expect("checked");
                clause.focus = Some((clause.objects.len(), lemma));
                i += len;
                continue;
            }
            // "agreed to expand scholarships, support vocational training and …":
            // an infinitive in a commitment's chain is part of the commitment.
            let chained = class == CueClass::Support
                && matches!(word, "support" | "welcome" | "back" | "endorse")
                && current
                    .as_ref()
                    .is_some_and(|c| c.class == CueClass::Commit)
                && words[..i]
                    .iter()
                    .rev()
                    .find(|w| !w.ends_with("ly"))
                    .is_some_and(|w| matches!(*w, "to" | "," | "and"));
            if chained {
                i += len;
                continue;
            }
            // "the signing of an MoU" inside a welcome: both hold.
            let nested_sign = class == CueClass::Sign && words[i] == "signing";
            if nested_sign && let Some(c) = &current {
                let mut sign = c.clone();
                sign.class = CueClass::Sign;
                sign.lemma = lemma;
                sign.objects.clear();
                sign.focus = None;
                // "welcomed the signing of an MoU": the signing is reported as done.
                sign.hedged = false;
                done.push(sign);
                // The welcome continues over the same objects; the sign clause gets them at the end.
                i += len;
                continue;
            }
            // "He was received at the airport by …": a welcome, not talks.
            if class == CueClass::Meet && is_passive(words, i) {
                done.extend(current.take());
                pending.clear();
                i += len;
                segment_start = i;
                continue;
            }
            done.extend(current.take());
            // "Qureshi's two-day visit to China": the possessor is the visitor.
            if class == CueClass::Visit {
                let possessor = sentence.mentions.iter().rev().find(|m| {
                    m.possessive
                        && m.tokens.end < i
                        && sentence.tokens[m.tokens.end + 1..i]
                            .iter()
                            .all(|t| !t.capitalized && t.is_word)
                        && i - m.tokens.end <= 4
                });
                if let Some(e) = possessor.and_then(|m| entity_of(ctx, doc, m))
                    && doc.label(e) == Label::Official
                {
                    pending = vec![Subject::Entity(e)];
                }
            }
            // "The Spokespersons Dialogue … was welcomed": the noun phrases before are the objects.
            let passive = matches!(
                class,
                CueClass::Support | CueClass::Oppose | CueClass::Discuss | CueClass::Sign
            ) && is_passive(words, i);
            // "The ceremony was attended by X and Y": the meeting before, the attendees after.
            let attended_by = class == CueClass::Attend
                && is_passive(words, i)
                && words.get(i + len) == Some(&"by");
            // The focus belongs to the name just before it: "CPEC 2.0, with emphasis on",
            // "the second phase of the corridor, which would centre on".
            let owner = (class == CueClass::Focus)
                .then(|| {
                    sentence.mentions.iter().position(|m| {
                        m.tokens.end <= i
                            && words[m.tokens.end..i].iter().all(|w| {
                                matches!(
                                    *w,
                                    "," | "which" | "that" | "would" | "will" | "is" | "was"
                                )
                            })
                    })
                })
                .flatten()
                .and_then(|m| entity_of(ctx, doc, &sentence.mentions[m]))
                .filter(|&e| {
                    matches!(
                        doc.label(e),
                        Label::Initiative | Label::Agreement | Label::Meeting
                    )
                });
            // "signed 11 agreements and memoranda … covering trade": the instruments cover it.
            let covered_by = (class == CueClass::Discuss && lemma == "cover")
                .then(|| done.last())
                .flatten()
                .and_then(|c| {
                    c.objects
                        .iter()
                        .rev()
                        .filter_map(|&m| entity_of(ctx, doc, &sentence.mentions[m]))
                        .find(|&e| doc.label(e) == Label::Agreement)
                });
            if let Some(owner) = owner.or(covered_by) {
                pending = vec![Subject::Entity(owner)];
            }
            let mut objects = Vec::new();
            let (subjects, inherited) = if passive || attended_by {
                objects = (0..sentence.mentions.len())
                    .filter(|&m| {
                        let t = &sentence.mentions[m].tokens;
                        t.start >= segment_start && t.end <= i
                    })
                    .collect();
                pending.clear();
                let agents = if attended_by {
                    Vec::new()
                } else {
                    vec![Subject::Parties(2)]
                };
                (agents, false)
            } else if !pending.is_empty() {
                (std::mem::take(&mut pending), false)
            } else if !last_subjects.is_empty() {
                (last_subjects.clone(), true)
            } else {
                (Vec::new(), true)
            };
            if !subjects.is_empty() {
                last_subjects = subjects.clone();
            }
            if class == CueClass::Report {
                if !subjects.is_empty() && !inherited {
                    reported = subjects;
                }
                pending.clear();
            } else {
                current = Some(Clause {
                    class,
                    lemma,
                    subjects,
                    objects,
                    focus: None,
                    hedged: std::mem::take(&mut hedge),
                    negated: std::mem::take(&mut negation),
                    inherited,
                    // "to visit", "is scheduled to hold talks with", "would call on A and
                    // hold talks with B", "will be signed": not yet.
                    infinitive: matches!(class, CueClass::Visit | CueClass::Meet | CueClass::Sign)
                        && (is_intended(words, i)
                            || (words[..i].ends_with(&["be"]) && is_intended(words, i - 1))
                            || (i > 0
                                && words[i - 1] == "and"
                                && done.last().is_some_and(|c| c.infinitive))),
                    passive,
                    attended_by,
                });
            }
            i += len;
            segment_start = i;
            continue;
        }
        let purpose = word == "to"
            && current.as_ref().is_some_and(|c| {
                c.objects
                    .iter()
                    .any(|&m| is_content_object(ctx, doc, &sentence.mentions[m]))
            })
            && !matches!(words.get(i.wrapping_sub(1)).copied(), Some("and" | ","))
            && !sentence.mentions.iter().any(|m| m.tokens.start == i + 1)
            && words
                .get(i + 1)
                .is_some_and(|w| w.chars().all(|c| c.is_alphabetic()));
        // "thanked X for writing to President Xi": a reason, not a second object.
        // "thanked China for the timely supply": in a welcome, "for the" gives the reason;
        // in a pledge ("formalities for the Karachi Circular Railway") it names the object.
        let reason = word == "for"
            && (current.as_ref().is_some_and(|c| !c.objects.is_empty())
                || words.get(i + 1).is_some_and(|w| w.ends_with("ing"))
                || (words.get(i + 1) == Some(&"the")
                    && current
                        .as_ref()
                        .is_some_and(|c| c.class == CueClass::Support)));
        // "Islamabad and Beijing, which agreed …": the relative's verb belongs to them.
        let relative_subject = matches!(word, "which" | "who")
            && current.is_none()
            && !pending.is_empty()
            && (cue_follows(words, i + 1)
                || (words.get(i + 1) == Some(&"to") && cue_follows(words, i + 2)));
        if relative_subject {
            i += 1;
            continue;
        }
        if ends_clause(words, i) || purpose || reason {
            done.extend(current.take());
            pending.clear();
            hedge = false;
            negation = false;
            in_purpose = purpose;
            segment_start = i + 1;
        }
        i += 1;
    }
    done.extend(current.take());
    // Participial openings ("Reaffirming …, the two sides …") take the main
    // subject, or the reporter's ("Addressing a ceremony, the ambassador said").
    let main = done
        .iter()
        .find(|c| !c.inherited)
        .map(|c| c.subjects.clone())
        .unwrap_or_else(|| reported.clone());
    for clause in &mut done {
        if clause.subjects.is_empty() {
            clause.subjects = main.clone();
        }
    }
    // A sign clause nested in a welcome takes the welcome's objects after it.
    for k in 0..done.len() {
        if done[k].class == CueClass::Sign
            && done[k].objects.is_empty()
            && let Some(next) = done.get(k + 1).filter(|c| c.class == CueClass::Support)
        {
            done[k].objects = next.objects.clone();
        }
    }
    (done, reported)
}

/// Whether a cue follows token `i`, past adverbs ("also", "on Wednesday").
fn cue_follows(words: &[&str], mut i: usize) -> bool {
    for _ in 0..5 {
        if i >= words.len() {
            return false;
        }
        if cue_at(words, i).is_some_and(|(class, _, _)| class != CueClass::Focus) {
            return true;
        }
        if !is_adverbial(words[i]) {
            return false;
        }
        i += 1;
    }
    false
}

/// The entities a subject stands for, given the relation's domain.
fn resolve_subject(
    doc: &Doc<'_>,
    ctx: &Context,
    recent: &[usize],
    subject: Subject,
    officials: bool,
) -> Vec<usize> {
    match subject {
        Subject::Entity(e) => vec![e],
        Subject::Parties(n) => ctx.parties.iter().take(n).copied().collect(),
        Subject::Leaders if officials => leaders(doc, ctx, recent, 2),
        Subject::Leaders => ctx.parties.iter().take(2).copied().collect(),
        Subject::Ministers(n) => leaders(doc, ctx, recent, n),
    }
}

/// "The two leaders": the official of each of `n` parties (0: all) in
/// `recent` ([`Discourse::leaders`]: the most recently mentioned).
fn leaders(doc: &Doc<'_>, ctx: &Context, recent: &[usize], n: usize) -> Vec<usize> {
    let n = if n == 0 { ctx.parties.len() } else { n };
    ctx.parties
        .iter()
        .take(n)
        .filter_map(|party| {
            let name = &doc.entities[*party].name;
            recent
                .iter()
                .copied()
                .find(|&o| doc.entities[o].country.as_ref() == Some(name))
        })
        .collect()
}

fn actors(doc: &Doc<'_>, ctx: &Context, recent: &[usize], clause: &Clause) -> Vec<usize> {
    clause
        .subjects
        .iter()
        .flat_map(|s| resolve_subject(doc, ctx, recent, *s, false))
        .filter(|&e| {
            matches!(
                doc.label(e),
                Label::Country | Label::Official | Label::Organization
            )
        })
        .collect()
}

fn emit_clause(
    doc: &Doc<'_>,
    ctx: &Context,
    text: &str,
    sentence: &AnalyzedSentence,
    clause: &Clause,
    recent: &[usize],
    out: &mut Emitter,
) {
    if !sentence.is_body {
        return;
    }
    let base = if clause.inherited { 0.75 } else { 0.9 };
    let cite = |rule: &'static str, confidence: f64| Cite {
        sentence,
        verb: clause.lemma,
        rule,
        confidence,
    };
    let objects: Vec<(usize, &Mention)> = clause
        .objects
        .iter()
        .filter_map(|&m| {
            let mention = &sentence.mentions[m];
            entity_of(ctx, doc, mention).map(|e| (e, mention))
        })
        .collect();
    let each_other = clause
        .objects
        .iter()
        .any(|&m| sentence.mentions[m].referent == Referent::EachOther);
    let confidence_of = |mention: &Mention| {
        if mention.source == Source::Lexicon {
            base
        } else {
            base - 0.1
        }
    };
    match clause.class {
        CueClass::Commit => {
            let subjects = actors(doc, ctx, recent, clause);
            let focus_start = clause.focus.map(|(at, _)| at).unwrap_or(usize::MAX);
            let owner = objects
                .iter()
                .take(focus_start.min(objects.len()))
                .rev()
                .map(|(e, _)| *e)
                .find(|&e| matches!(doc.label(e), Label::Initiative | Label::Agreement));
            for (k, (object, mention)) in objects.iter().enumerate() {
                if k >= focus_start
                    && let Some(owner) = owner
                {
                    let (lemma, rule) = (clause.focus.map_or("focus", |f| f.1), "focus.list");
                    let c = Cite {
                        sentence,
                        verb: lemma,
                        rule,
                        confidence: confidence_of(mention) - 0.05,
                    };
                    out.emit((doc, ctx, text), owner, Relation::FocusesOn, *object, c);
                    out.emit((doc, ctx, text), *object, Relation::PartOf, owner, c);
                    continue;
                }
                if clause.hedged || clause.negated {
                    continue;
                }
                if possessor_of_next(sentence, mention, &objects) {
                    continue;
                }
                // Nobody commits to the statement that reports the commitment, nor to
                // what their efforts are against.
                if Some(*object) == ctx.statement || after_against(sentence, mention) {
                    continue;
                }
                // "CPEC, a pioneering project of the BRI": the BRI describes CPEC.
                let describes_previous = k
                    .checked_sub(1)
                    .is_some_and(|p| is_part_apposition(sentence, objects[p].1, mention));
                if describes_previous {
                    continue;
                }
                for &s in &subjects {
                    out.emit(
                        (doc, ctx, text),
                        s,
                        Relation::CommittedTo,
                        *object,
                        // Commitments to names found by grammar alone were right less than half
                        // the time on the gold sets: keep them below 0.8.
                        cite(
                            "commit.cue",
                            confidence_of(mention)
                                - if mention.source == Source::Lexicon {
                                    0.0
                                } else {
                                    0.1
                                },
                        ),
                    );
                }
            }
            if each_other {
                support_each_other(
                    doc,
                    ctx,
                    text,
                    &subjects,
                    cite("support.each-other", base),
                    out,
                );
            }
        }
        CueClass::Support | CueClass::Oppose => {
            if clause.negated {
                return;
            }
            let relation = if clause.class == CueClass::Support {
                Relation::Supports
            } else {
                Relation::Opposes
            };
            let rule = if relation == Relation::Supports {
                "support.cue"
            } else {
                "oppose.cue"
            };
            let subjects = actors(doc, ctx, recent, clause);
            // "China's stance on Taiwan": the places are the other's concern, China is supported.
            let kept: Vec<(usize, &Mention)> = objects
                .iter()
                .copied()
                .filter(|(e, _)| doc.label(*e) != Label::Location)
                // "to use their soil against regional security": what is threatened, not opposed.
                .filter(|(_, m)| !after_against(sentence, m))
                // Opposing a counter-terrorism sector is never meant: "opposition to the politicization of counter terrorism".
                .filter(|(e, _)| {
                    relation == Relation::Supports || !doc.entities[*e].name.starts_with("counter")
                })
                .collect();
            let listed = examples_of(doc, sentence, &kept);
            for (owner, sector, mention) in &listed {
                out.emit(
                    (doc, ctx, text),
                    *owner,
                    Relation::FocusesOn,
                    *sector,
                    cite("focus.list", confidence_of(mention) - 0.1),
                );
            }
            for (object, mention) in &kept {
                if possessor_of_next(sentence, mention, &kept)
                    || listed.iter().any(|(_, s, _)| s == object)
                {
                    continue;
                }
                for &s in &subjects {
                    out.emit(
                        (doc, ctx, text),
                        s,
                        relation,
                        *object,
                        // Measured: about 0.7 precision at 0.85 on the gold sets.
                        cite(rule, confidence_of(mention) - 0.15),
                    );
                }
            }
            if each_other && relation == Relation::Supports {
                support_each_other(
                    doc,
                    ctx,
                    text,
                    &subjects,
                    cite("support.each-other", base),
                    out,
                );
            }
        }
        CueClass::Discuss | CueClass::Focus | CueClass::Highlight => {
            let subjects: Vec<usize> = clause
                .subjects
                .iter()
                .flat_map(|s| resolve_subject(doc, ctx, recent, *s, false))
                .collect();
            let owner = subjects
                .iter()
                .copied()
                .find(|&e| {
                    matches!(
                        doc.label(e),
                        Label::Meeting | Label::Agreement | Label::Initiative
                    )
                })
                .or_else(|| {
                    // The participants' discussion, or an agentless one ("projects discussed included").
                    let participants = subjects.is_empty()
                        || subjects
                            .iter()
                            .any(|&e| matches!(doc.label(e), Label::Country | Label::Official));
                    participants.then_some(ctx.meeting).flatten()
                });
            let Some(owner) = owner else { return };
            let owner_is_statement = doc.label(owner) == Label::Agreement;
            for (object, mention) in &objects {
                if ctx.parties.contains(object) || doc.label(*object) == Label::Official {
                    continue;
                }
                // "progress at four zones: Rashakai in Khyber Pakhtunkhwa": where the
                // named thing is, not what was discussed.
                let locates_previous = doc.label(*object) == Label::Location
                    && sentence.word(mention.tokens.start.wrapping_sub(1)) == "in"
                    && sentence
                        .mentions
                        .iter()
                        .any(|m| m.tokens.end + 1 == mention.tokens.start);
                if locates_previous {
                    continue;
                }
                // "held discussions at the Great Hall": the venue, not a topic.
                if doc.label(*object) == Label::Location && is_venue(sentence, mention) {
                    if doc.label(owner) == Label::Meeting {
                        out.emit(
                            (doc, ctx, text),
                            owner,
                            Relation::HeldIn,
                            *object,
                            cite("held-in.venue", 0.8),
                        );
                    }
                    continue;
                }
                let sector = doc.label(*object) == Label::Sector;
                let relation = match clause.class {
                    CueClass::Focus | CueClass::Highlight if sector => Relation::FocusesOn,
                    CueClass::Discuss if owner_is_statement && sector => Relation::FocusesOn,
                    CueClass::Highlight => continue,
                    _ => Relation::Discussed,
                };
                let rule = if relation == Relation::FocusesOn {
                    "focus.cue"
                } else {
                    "discuss.cue"
                };
                out.emit(
                    (doc, ctx, text),
                    owner,
                    relation,
                    *object,
                    cite(
                        rule,
                        confidence_of(mention)
                            - if relation == Relation::Discussed {
                                0.15
                            } else {
                                0.05
                            },
                    ),
                );
            }
        }
        CueClass::CoChair => {
            // The clause's officials: its subjects ("X and Y co-chaired") and, in the
            // passive, those after the cue ("was co-chaired by X and Y").
            let chairs: Vec<usize> = clause
                .subjects
                .iter()
                .flat_map(|s| resolve_subject(doc, ctx, recent, *s, true))
                .chain(objects.iter().map(|(e, _)| *e))
                .filter(|&e| doc.label(e) == Label::Official)
                .collect();
            let meeting = sentence
                .mentions
                .iter()
                .filter_map(|m| entity_of(ctx, doc, m))
                .find(|&e| doc.label(e) == Label::Meeting)
                .or(ctx.meeting);
            if let Some(meeting) = meeting {
                for official in chairs {
                    out.emit(
                        (doc, ctx, text),
                        official,
                        Relation::CoChaired,
                        meeting,
                        cite("cochair.cue", base),
                    );
                }
            }
        }
        CueClass::Attend => {
            let subjects: Vec<usize> = if clause.attended_by {
                objects
                    .iter()
                    .map(|(e, _)| *e)
                    .filter(|&e| doc.label(e) == Label::Official)
                    .collect()
            } else {
                clause
                    .subjects
                    .iter()
                    .flat_map(|s| resolve_subject(doc, ctx, recent, *s, true))
                    .collect()
            };
            for (object, _) in &objects {
                if doc.label(*object) != Label::Meeting {
                    continue;
                }
                for &s in &subjects {
                    out.emit(
                        (doc, ctx, text),
                        s,
                        Relation::Attended,
                        *object,
                        cite("attend.cue", base),
                    );
                }
            }
        }
        CueClass::Meet if clause.infinitive => {}
        CueClass::Meet | CueClass::Invite => {
            let relation = if clause.class == CueClass::Meet {
                Relation::Met
            } else {
                Relation::Invited
            };
            let subjects: Vec<usize> = clause
                .subjects
                .iter()
                .flat_map(|s| resolve_subject(doc, ctx, recent, *s, true))
                .collect();
            let rule = if relation == Relation::Met {
                "meet.cue"
            } else {
                "invite.cue"
            };
            // "held talks with X at the Prime Minister's House": where the meeting was.
            if let Some(meeting) = ctx.meeting.filter(|_| relation == Relation::Met) {
                for (place, mention) in &objects {
                    if doc.label(*place) == Label::Location && is_venue(sentence, mention) {
                        out.emit(
                            (doc, ctx, text),
                            meeting,
                            Relation::HeldIn,
                            *place,
                            cite("held-in.venue", 0.8),
                        );
                    }
                }
            }
            // "Mr. Sharif and Mr. He held a meeting": the subjects met each other.
            let met_each_other = relation == Relation::Met
                && !objects
                    .iter()
                    .any(|(e, _)| doc.label(*e) == Label::Official);
            if met_each_other {
                for (k, &a) in subjects.iter().enumerate() {
                    for &b in &subjects[k + 1..] {
                        out.emit((doc, ctx, text), a, relation, b, cite(rule, base));
                    }
                }
            }
            for (object, _) in &objects {
                for &s in &subjects {
                    out.emit((doc, ctx, text), s, relation, *object, cite(rule, base));
                }
            }
        }
        // "five memoranda would be signed during the visit": not yet.
        CueClass::Sign if clause.hedged || clause.negated || clause.infinitive => {}
        CueClass::Sign => {
            let subjects = actors(doc, ctx, recent, clause);
            for (object, _) in objects
                .iter()
                .filter(|(e, _)| doc.label(*e) == Label::Agreement)
            {
                // A bundle of government instruments is signed by the countries,
                // whoever held the pen ("the two prime ministers witnessed the signing").
                let signers = if Some(*object) == ctx.bundle {
                    ctx.parties.iter().take(2).copied().collect()
                } else {
                    subjects.clone()
                };
                for &s in &signers {
                    out.emit(
                        (doc, ctx, text),
                        s,
                        Relation::Signed,
                        *object,
                        cite("sign.cue", base - 0.1),
                    );
                }
                if let Some(meeting) = ctx.meeting {
                    out.emit(
                        (doc, ctx, text),
                        meeting,
                        Relation::Produced,
                        *object,
                        cite("sign.produced", base - 0.15),
                    );
                }
                for (sector, _) in objects
                    .iter()
                    .filter(|(e, _)| doc.label(*e) == Label::Sector)
                {
                    out.emit(
                        (doc, ctx, text),
                        *object,
                        Relation::FocusesOn,
                        *sector,
                        cite("sign.covering", base - 0.1),
                    );
                }
            }
        }
        // "invited X to visit Pakistan", "plans to visit": not (yet) a visit.
        CueClass::Visit if clause.infinitive => {}
        CueClass::Visit => {
            let visitors: Vec<usize> = clause
                .subjects
                .iter()
                .flat_map(|s| resolve_subject(doc, ctx, recent, *s, true))
                .filter(|&e| doc.label(e) == Label::Official)
                .collect();
            for (place, _) in objects
                .iter()
                .filter(|(e, _)| matches!(doc.label(*e), Label::Country | Label::Location))
                .take(1)
            {
                // "arrived in Samarkand": and so in Uzbekistan.
                let country = (doc.label(*place) == Label::Location)
                    .then(|| doc.gazetteer.country_of_place(&doc.entities[*place].name))
                    .flatten()
                    .and_then(|name| doc.find(Label::Country, &name));
                for &v in &visitors {
                    // Not a visit to one's own country ("arrived back in Islamabad").
                    let abroad = country.filter(|&c| {
                        doc.entities[v].country.as_ref() != Some(&doc.entities[c].name)
                    });
                    for visited in std::iter::once(*place).chain(abroad) {
                        out.emit(
                            (doc, ctx, text),
                            v,
                            Relation::Visited,
                            visited,
                            cite("visit.cue", base),
                        );
                    }
                }
            }
        }
        CueClass::Report => {}
    }
}

/// "efforts against terrorism": the object is what is fought.
fn after_against(sentence: &AnalyzedSentence, mention: &Mention) -> bool {
    sentence.word(mention.tokens.start.wrapping_sub(1)) == "against"
}

/// "priority areas of the CPEC cooperation such as industry, agriculture …": the
/// sectors given as examples of an initiative's areas, as (initiative, sector, mention).
fn examples_of<'m>(
    doc: &Doc<'_>,
    sentence: &AnalyzedSentence,
    objects: &[(usize, &'m Mention)],
) -> Vec<(usize, usize, &'m Mention)> {
    let Some((k, owner, owner_mention)) = objects.iter().enumerate().find_map(|(k, (e, m))| {
        let mut start = m.tokens.start;
        if sentence.word(start.wrapping_sub(1)) == "the" {
            start -= 1;
        }
        let areas_of = sentence.word(start.wrapping_sub(1)) == "of"
            && matches!(
                sentence.word(start.wrapping_sub(2)),
                "areas" | "sectors" | "fields"
            );
        (areas_of && doc.label(*e) == Label::Initiative).then_some((k, *e, *m))
    }) else {
        return Vec::new();
    };
    let mut next = owner_mention.tokens.end;
    if sentence.word(next) == "cooperation" {
        next += 1;
    }
    let introduces = matches!(
        (sentence.word(next), sentence.word(next + 1)),
        ("such", "as") | ("including", _) | ("like", _)
    );
    if !introduces {
        return Vec::new();
    }
    objects[k + 1..]
        .iter()
        .filter(|(e, _)| doc.label(*e) == Label::Sector)
        .map(|&(e, m)| (owner, e, m))
        .collect()
}

/// The country a body's name starts with: "China's National Development and
/// Reform Commission", "Pakistan Atomic Energy Commission", "Chinese Academy of Sciences".
fn country_in_name(doc: &Doc<'_>, surface: &str) -> Option<usize> {
    let first = surface.split_whitespace().next()?;
    let first = first
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_end_matches(['\'', '’']);
    let tokens = crate::text::tokenize(first, 0);
    let found = doc.gazetteer.find(first, 0, &tokens);
    let entry = doc.gazetteer.entry(found.first()?.entry);
    (entry.kind == crate::lexicon::EntryKind::Node(Label::Country))
        .then(|| doc.find(Label::Country, &entry.name))
        .flatten()
}

/// Whether `whole` is named so as to make `part` a part of it: "CPEC, a
/// pioneering project of the BRI", "CPEC was a core part of the BRI", "CPEC,
/// the BRI's flagship scheme".
fn is_part_apposition(sentence: &AnalyzedSentence, part: &Mention, whole: &Mention) -> bool {
    // Read in place: this is asked of every two names in a row.
    let gap = sentence
        .tokens
        .get(part.tokens.end..whole.tokens.start)
        .unwrap_or_default();
    let part_word = |w: &str| matches!(w, "project" | "part" | "component" | "pillar" | "flagship");
    let opens = gap
        .first()
        .is_some_and(|t| matches!(t.norm.as_str(), "," | "is" | "was" | "remains" | "became"));
    let described = opens
        && gap
            .last()
            .is_some_and(|t| matches!(t.norm.as_str(), "of" | "the"))
        && gap.len() <= 10
        && gap.iter().any(|t| part_word(&t.norm));
    let possessed = matches!(gap, [comma, the] if comma.norm == "," && the.norm == "the")
        && whole.possessive
        && (whole.tokens.end + 1..whole.tokens.end + 3).any(|i| part_word(sentence.word(i)));
    described || possessed
}

/// "at the Great Hall of the People": a place where something happens.
fn is_venue(sentence: &AnalyzedSentence, mention: &Mention) -> bool {
    let mut start = mention.tokens.start;
    while start > 0 && sentence.word(start - 1) == "the" {
        start -= 1;
    }
    start > 0 && sentence.word(start - 1) == "at"
}

/// "Pakistan's counterterrorism efforts", "the efforts of the Pakistani
/// government to develop renewable energy": an agent named on the way to
/// another object is not itself the object.
fn possessor_of_next(
    sentence: &AnalyzedSentence,
    mention: &Mention,
    objects: &[(usize, &Mention)],
) -> bool {
    let later = |reach: usize| {
        objects.iter().any(|(_, m)| {
            m.tokens.start > mention.tokens.end && m.tokens.start <= mention.tokens.end + reach
        })
    };
    let possessor = mention.possessive && sentence.word(mention.tokens.end) == "'s" && later(4);
    let mut start = mention.tokens.start;
    while start > 0 && sentence.word(start - 1) == "the" {
        start -= 1;
    }
    let agent_of = start >= 2
        && sentence.word(start - 1) == "of"
        && matches!(
            sentence.word(start - 2),
            "efforts" | "contributions" | "contribution" | "role"
        )
        && later(12);
    possessor || agent_of
}

fn support_each_other(
    doc: &Doc<'_>,
    ctx: &Context,
    text: &str,
    subjects: &[usize],
    cite: Cite<'_>,
    out: &mut Emitter,
) {
    for &a in subjects {
        for &b in subjects {
            if a != b {
                out.emit((doc, ctx, text), a, Relation::Supports, b, cite);
            }
        }
    }
}

/// Patterns read off the whole sentence rather than a clause.
fn sentence_patterns(
    doc: &Doc<'_>,
    ctx: &Context,
    text: &str,
    sentence: &AnalyzedSentence,
    clauses: &[Clause],
    recent: &[usize],
    out: &mut Emitter,
) {
    let words: Vec<&str> = sentence.tokens.iter().map(|t| t.norm.as_str()).collect();
    let words = words.as_slice();
    let mentions: Vec<(usize, &Mention)> = sentence
        .mentions
        .iter()
        .filter_map(|m| entity_of(ctx, doc, m).map(|e| (e, m)))
        .collect();
    let cite = |rule: &'static str, verb: &'static str, confidence: f64| Cite {
        sentence,
        verb,
        rule,
        confidence,
    };
    let is_corridor = |c: usize| {
        // "Green Corridor", not "China-Pakistan Economic Corridor".
        let name = &doc.entities[c].name;
        doc.label(c) == Label::Initiative
            && name.ends_with(" Corridor")
            && name.split_whitespace().count() == 2
    };
    // Counted once a sentence, not once a mention.
    let corridors_listed = mentions.iter().filter(|(c, _)| is_corridor(*c)).count() >= 2;
    for (k, &(e, m)) in mentions.iter().enumerate() {
        let label = doc.label(e);
        let after = |offset: usize| words.get(m.tokens.end + offset).copied().unwrap_or("");
        let next = mentions.get(k + 1).copied();
        // HELD_IN: "<meeting> … in|at <place>" within the clause.
        if label == Label::Meeting {
            let mut j = k + 1;
            while let Some(&(place, pm)) = mentions.get(j) {
                let gap = &words[m.tokens.end..pm.tokens.start];
                // "the Belt and Road Forum, which opens in Beijing on Sunday" still says where.
                let which_is_held = |k: usize| {
                    gap[k + 1..].iter().all(|w| {
                        matches!(
                            *w,
                            "opens"
                                | "opened"
                                | "is"
                                | "was"
                                | "will"
                                | "be"
                                | "being"
                                | "held"
                                | "took"
                                | "takes"
                                | "place"
                                | "begins"
                                | "began"
                                | "convened"
                                | "in"
                                | "at"
                        )
                    })
                };
                if gap.len() > 12
                    || gap.iter().enumerate().any(|(k, w)| {
                        matches!(*w, ";" | "." | "where") || (*w == "which" && !which_is_held(k))
                    })
                    || doc.label(place) == Label::Meeting
                {
                    break;
                }
                let prep = pm.tokens.start.checked_sub(1).map_or("", |p| words[p]);
                let place_like = matches!(doc.label(place), Label::Location | Label::Country);
                // "reviewed progress at four zones: Rashakai in Khyber Pakhtunkhwa": the
                // place belongs to the nearer name.
                if !place_like {
                    // "the 5th meeting of the CPEC JWG-ICC (JWG-ICC) held in Beijing": the mechanism may sit between.
                    if doc.label(place) == Label::Organization {
                        j += 1;
                        continue;
                    }
                    break;
                }
                if matches!(prep, "in" | "at") {
                    out.emit(
                        (doc, ctx, text),
                        e,
                        Relation::HeldIn,
                        place,
                        cite("held-in.prep", "hold", 0.75),
                    );
                    break;
                }
                j += 1;
            }
        }
        // LOCATED_IN: "<place or project> in|at <place>", "Beijing, China"; "Kashgar in
        // China's Xinjiang region" is in Xinjiang, which is in China.
        // "Vice Chairman of China's National Development and Reform Commission": the
        // body is the official's, and so is the country.
        let next = match (next, mentions.get(k + 2)) {
            (Some((country, cm)), Some(&(owned, om)))
                if cm.possessive
                    && doc.label(country) == Label::Country
                    && om.tokens.start == cm.tokens.end + 1 =>
            {
                match doc.label(owned) {
                    Label::Location => out.emit(
                        (doc, ctx, text),
                        owned,
                        Relation::LocatedIn,
                        country,
                        cite("located-in.prep", "be in", 0.75),
                    ),
                    Label::Organization if label == Label::Official => out.emit(
                        (doc, ctx, text),
                        e,
                        Relation::Represents,
                        country,
                        cite("represents.country", "represent", 0.85),
                    ),
                    _ => {}
                }
                Some((owned, cm))
            }
            _ => next,
        };
        if let Some((place, pm)) = next {
            let gap = &words[m.tokens.end..pm.tokens.start];
            let linked = matches!(gap, ["in"] | ["at"] | ["at", "the"] | ["in", "the"] | [","]);
            let container = matches!(doc.label(place), Label::Location | Label::Country);
            if linked
                && container
                && matches!(label, Label::Location | Label::Project)
                && !(gap == [","] && doc.label(place) != Label::Country)
            {
                out.emit(
                    (doc, ctx, text),
                    e,
                    Relation::LocatedIn,
                    place,
                    cite("located-in.prep", "be in", 0.75),
                );
            }
            // LOCATED_IN: "Xi'an, the capital of Shaanxi province", "Gwadar, a port city in Balochistan".
            let apposed_place = gap.first() == Some(&",")
                && gap
                    .iter()
                    .any(|w| matches!(*w, "capital" | "city" | "town" | "district" | "province"))
                && matches!(gap.last(), Some(&"of" | &"in" | &"the"))
                && gap.len() <= 6;
            if apposed_place
                && label == Label::Location
                && matches!(doc.label(place), Label::Location | Label::Country)
            {
                out.emit(
                    (doc, ctx, text),
                    e,
                    Relation::LocatedIn,
                    place,
                    cite("located-in.apposition", "be in", 0.8),
                );
            }
            // MEMBER_OF: "Zhao Leji, chairman of the Standing Committee of the NPC".
            let apposed_seat = gap.first() == Some(&",")
                && gap.len() <= 6
                && gap.iter().any(|w| {
                    matches!(
                        *w,
                        "chairman"
                            | "chairperson"
                            | "chair"
                            | "head"
                            | "secretary"
                            | "director"
                            | "president"
                            | "vice-chairman"
                            | "governor"
                    )
                })
                && matches!(gap.last(), Some(&"of" | &"the"));
            if apposed_seat && label == Label::Official && doc.label(place) == Label::Organization {
                out.emit(
                    (doc, ctx, text),
                    e,
                    Relation::MemberOf,
                    place,
                    cite("member-of.apposition", "be member of", 0.8),
                );
                // "China's National Development and Reform Commission": a national body.
                if let Some(country) = country_in_name(doc, &text[pm.span.start..pm.span.end]) {
                    out.emit(
                        (doc, ctx, text),
                        e,
                        Relation::Represents,
                        country,
                        cite("represents.country", "represent", 0.85),
                    );
                }
            }
            // PART_OF: "X, a pioneering project of the Y", "X was a core part of the Y",
            // "X, the Y's flagship scheme".
            if is_part_apposition(sentence, m, pm) {
                out.emit(
                    (doc, ctx, text),
                    e,
                    Relation::PartOf,
                    place,
                    cite("part-of.apposition", "be part of", 0.7),
                );
            }
            if gap.first() == Some(&",") && gap.last() == Some(&"of")
                || (gap.len() >= 3
                    && gap[gap.len().saturating_sub(2)..] == ["of", "the"]
                    && gap[0] == ",")
            {
                // MEMBER_OF: "Wang Yi, a member of the Political Bureau".
                if label == Label::Official && gap.contains(&"member") {
                    out.emit(
                        (doc, ctx, text),
                        e,
                        Relation::MemberOf,
                        place,
                        cite("member-of.apposition", "be member of", 0.85),
                    );
                }
            }
        }
        // PART_OF: "the new avenues under CPEC 2.0 — growth, livelihood … corridor",
        // "a new phase built around five corridors: growth, …": a listed corridor
        // belongs to the initiative named before the list, else after it.
        let listed_corridor = is_corridor(e) && corridors_listed;
        if listed_corridor {
            let is_parent = |&&(p, _): &&(usize, &Mention)| {
                doc.label(p) == Label::Initiative && !is_corridor(p)
            };
            let parent = mentions[..k]
                .iter()
                .rev()
                .find(is_parent)
                .or_else(|| mentions[k + 1..].iter().find(is_parent));
            if let Some(&(parent, _)) = parent {
                out.emit(
                    (doc, ctx, text),
                    e,
                    Relation::PartOf,
                    parent,
                    cite("part-of.corridors", "be part of", 0.8),
                );
            }
        }
        // PART_OF: "<project> … under the <initiative> (framework)".
        if label == Label::Initiative && m.tokens.start >= 1 {
            let prep = words[m.tokens.start - 1];
            let prep2 = if m.tokens.start >= 2 {
                words[m.tokens.start - 2]
            } else {
                ""
            };
            if (prep == "under" || (prep == "the" && prep2 == "under"))
                && let Some(&(project, _)) = mentions[..k]
                    .iter()
                    .rev()
                    .find(|(p, _)| doc.label(*p) == Label::Project)
            {
                out.emit(
                    (doc, ctx, text),
                    project,
                    Relation::PartOf,
                    e,
                    cite("part-of.under", "be under", 0.75),
                );
            }
        }
        // INVITED: "at the invitation of <host>", "at <host>'s invitation".
        // "at the invitation of (Premier) Li Keqiang", "at Xi's invitation".
        let mut name_start = m.tokens.start;
        while name_start > 0 && sentence.tokens[name_start - 1].capitalized {
            name_start -= 1;
        }
        let invitation = (words.get(name_start.wrapping_sub(1)) == Some(&"of")
            && words.get(name_start.wrapping_sub(2)) == Some(&"invitation"))
            || (m.possessive && after(1) == "invitation");
        if invitation && label == Label::Official {
            // "at the invitation of Xi and Li": every host.
            let mut hosts = vec![e];
            let mut last = m.tokens.end;
            for &(other, om) in &mentions[k + 1..] {
                let gap = &words[last..om.tokens.start];
                if doc.label(other) != Label::Official
                    || !gap.iter().all(|w| matches!(*w, "and" | ","))
                    || gap.is_empty()
                {
                    break;
                }
                hosts.push(other);
                last = om.tokens.end;
            }
            if let Some(guest) = visitor(doc, ctx, sentence, clauses, recent) {
                for host in hosts {
                    out.emit(
                        (doc, ctx, text),
                        host,
                        Relation::Invited,
                        guest,
                        cite("invite.invitation", "invite", 0.85),
                    );
                }
            }
        }
        // INVITED: "Khan renewed his invitation to Xi", "Zardari's invitation to Xi".
        let invitation_to = m.tokens.start >= 2
            && words[m.tokens.start - 1] == "to"
            && words[m.tokens.start - 2] == "invitation";
        if invitation_to && label == Label::Official {
            let inviter = mentions[..k]
                .iter()
                .map(|&(o, _)| o)
                .find(|&o| o != e && doc.label(o) == Label::Official);
            if let Some(inviter) = inviter {
                out.emit(
                    (doc, ctx, text),
                    inviter,
                    Relation::Invited,
                    e,
                    cite("invite.invitation", "invite", 0.85),
                );
            }
        }
        // MET: "meeting|talks between (President) X and (Chinese President) Y".
        let titled = |range: std::ops::Range<usize>| {
            sentence.tokens[range]
                .iter()
                .all(|t| t.capitalized || t.norm == "the")
        };
        let opens_between = (1..=4).any(|back| {
            m.tokens.start >= back
                && words[m.tokens.start - back] == "between"
                && titled(m.tokens.start - back + 1..m.tokens.start)
        });
        if label == Label::Official
            && opens_between
            && let Some(&(other, om)) = mentions.get(k + 1)
        {
            let gap = m.tokens.end..om.tokens.start;
            if doc.label(other) == Label::Official
                && words.get(gap.start) == Some(&"and")
                && titled(gap.start + 1..gap.end)
            {
                out.emit(
                    (doc, ctx, text),
                    e,
                    Relation::Met,
                    other,
                    cite("meet.between", "meet", 0.85),
                );
            }
        }
    }
}

/// The visitor a sentence speaks of: the official whose visit it names, or its main official.
fn visitor(
    doc: &Doc<'_>,
    ctx: &Context,
    sentence: &AnalyzedSentence,
    clauses: &[Clause],
    recent: &[usize],
) -> Option<usize> {
    let possessor = sentence.mentions.iter().find_map(|m| {
        let e = entity_of(ctx, doc, m)?;
        (m.possessive
            && doc.label(e) == Label::Official
            && sentence.word(m.tokens.end + 1) != "invitation")
            .then_some(e)
    });
    possessor
        .or_else(|| {
            clauses
                .iter()
                .flat_map(|c| c.subjects.iter())
                .flat_map(|s| resolve_subject(doc, ctx, recent, *s, true))
                .find(|&e| doc.label(e) == Label::Official)
        })
        // "The prime minister is in China at the invitation of Xi": the official before it.
        .or_else(|| {
            let invitation = sentence
                .tokens
                .iter()
                .position(|t| t.norm == "invitation")?;
            sentence
                .mentions
                .iter()
                .filter(|m| m.tokens.end <= invitation)
                .filter_map(|m| entity_of(ctx, doc, m))
                .find(|&e| doc.label(e) == Label::Official)
        })
}
