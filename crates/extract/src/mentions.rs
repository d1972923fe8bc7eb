//! Mentions: where a sentence names an entity, a party, or refers back to one.
//!
//! Three sources, in order of trust: the lexicon (known names), grammar
//! patterns (a title before a capitalised name, an ordinal before a mechanism,
//! a head noun that types a capitalised phrase), and references resolved
//! against the article so far ("the foreign secretary", "Dar", "the dialogue").

use std::collections::BTreeMap;
use std::ops::Range;

use cpec_model::{Entity, Label, Span};
#[expect(clippy::disallowed_types, reason = "looked up, never iterated")]
use rustc_hash::FxHashMap;

use crate::gazetteer::{Gazetteer, LexMatch};
use crate::lexicon::EntryKind;
use crate::text::{Token, normalize};
use crate::words::{
    cardinal, is_date_word, is_function_word, is_name_connector, is_place_preposition, ordinal,
    ordinal_name,
};

/// What a mention stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Referent {
    /// An entity of the article ([`Doc::entities`]).
    Entity(usize),
    /// "the two sides", "both countries": the article's parties (count given).
    Parties(usize),
    /// "the two leaders": the last officials of the parties.
    Leaders,
    /// "the three ministers", "the two prime ministers": the last official of
    /// each of that many parties (0: all of them), as officials even where a
    /// country could act.
    Ministers(usize),
    /// he, she, they, it, we.
    Pronoun(Pronoun),
    /// "each other": the other party.
    EachOther,
    /// "Chinese", "Pakistani": an adjective of a Country entity.
    Demonym(usize),
    /// "the dialogue", "the talks": a meeting of the article, resolved once all are known.
    MeetingAnaphor,
    /// "the joint statement", "the communiqué": the article's statement.
    Statement,
    /// "more than a dozen agreements": the instruments signed at the meeting.
    Bundle,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    He,
    They,
    It,
    We,
}

/// How a mention was found, which sets the confidence of what it yields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    Lexicon,
    Pattern,
    Reference,
}

/// A referring expression in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Token indices in the sentence.
    pub tokens: Range<usize>,
    pub span: Span,
    pub referent: Referent,
    /// Followed by a possessive "'s".
    pub possessive: bool,
    pub source: Source,
}

/// A sentence with its tokens and mentions (sorted, non-overlapping).
#[derive(Debug, Clone)]
pub struct AnalyzedSentence {
    pub index: usize,
    pub span: Span,
    pub is_body: bool,
    pub tokens: Vec<Token>,
    pub mentions: Vec<Mention>,
}

impl AnalyzedSentence {
    /// The mention covering token `i`, if any.
    pub fn mention_at(&self, i: usize) -> Option<&Mention> {
        self.mentions.iter().find(|m| m.tokens.contains(&i))
    }

    pub fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.norm.as_str())
    }
}

/// The article's entities and the state needed to resolve references.
///
/// An official's roles and country change only through [`Doc::add_roles`],
/// which keeps the index of officials by title in step.
#[derive(Debug)]
pub struct Doc<'g> {
    pub gazetteer: &'g Gazetteer,
    pub entities: Vec<Entity>,
    /// Entities by label, then name: looked up at every name a sentence
    /// gives, without allocating a key.
    #[expect(clippy::disallowed_types, reason = "looked up, never iterated")]
    index: FxHashMap<Label, FxHashMap<String, usize>>,
    /// The entities of each label, in order of creation: what a reference to a
    /// port or a summit looks through, not every official as well.
    by_label: BTreeMap<Label, Vec<usize>>,
    /// Sentence of the first mention of each entity.
    pub first_seen: Vec<usize>,
    /// How many times each entity is mentioned.
    pub mention_counts: Vec<usize>,
    /// When each entity was last mentioned (a running count of mentions; 0: never).
    last_mentioned: Vec<usize>,
    mentions_seen: usize,
    /// Surnames and other short forms of the officials named so far: looked
    /// up at every capitalised word.
    #[expect(clippy::disallowed_types, reason = "looked up, never iterated")]
    short_forms: FxHashMap<String, usize>,
    /// For each entity, whether its short form was noted as a Chinese name's
    /// or not (`None`: never). Noting it again the same way changes nothing.
    short_form_noted: Vec<Option<bool>>,
    /// Officials by last mention (`last_mentioned` → official), most recent last.
    recent_officials: BTreeMap<usize, usize>,
    /// The lexicon's titles, compiled once for all articles.
    titles: &'g Titles,
    /// The same officials by title, from the article's first bare title on.
    by_title: Option<TitleIndex<'g>>,
    /// Mechanism entity → highest round number the article names or implies.
    pub rounds: BTreeMap<usize, u32>,
    /// Official → the mechanism or body named in their title.
    pub title_bodies: Vec<(usize, usize)>,
}

impl<'g> Doc<'g> {
    /// An empty article over a lexicon and its titles ([`Titles::new`]).
    pub fn new(gazetteer: &'g Gazetteer, titles: &'g Titles) -> Doc<'g> {
        Doc {
            gazetteer,
            entities: Vec::new(),
            index: Default::default(),
            by_label: BTreeMap::new(),
            first_seen: Vec::new(),
            mention_counts: Vec::new(),
            last_mentioned: Vec::new(),
            mentions_seen: 0,
            short_forms: Default::default(),
            short_form_noted: Vec::new(),
            recent_officials: BTreeMap::new(),
            titles,
            by_title: None,
            rounds: BTreeMap::new(),
            title_bodies: Vec::new(),
        }
    }

    /// The entity with this label and name, created on first use.
    pub fn intern(&mut self, label: Label, name: &str, sentence: usize) -> usize {
        if let Some(i) = self.find(label, name) {
            return i;
        }
        let i = self.entities.len();
        let mut entity = Entity::new(label, name);
        if let Some(entry) = self
            .gazetteer
            .lookup(label, name)
            .map(|e| self.gazetteer.entry(e))
        {
            entity
                .roles
                .extend(entry.list_attribute("roles").into_iter().map(String::from));
            if label == Label::Official {
                entity.country = entry.attribute("country").map(String::from);
            }
            entity.kind = entry.attribute("kind").map(String::from);
        }
        self.entities.push(entity);
        self.index
            .entry(label)
            .or_default()
            .insert(name.to_string(), i);
        self.by_label.entry(label).or_default().push(i);
        self.first_seen.push(sentence);
        self.mention_counts.push(0);
        self.last_mentioned.push(0);
        self.short_form_noted.push(None);
        i
    }

    pub fn find(&self, label: Label, name: &str) -> Option<usize> {
        self.index.get(&label)?.get(name).copied()
    }

    pub fn label(&self, entity: usize) -> Label {
        self.entities[entity].label
    }

    /// The entities with this label, in order of creation.
    pub fn with_label(&self, label: Label) -> &[usize] {
        self.by_label.get(&label).map_or(&[], Vec::as_slice)
    }

    /// Gives an official roles, and a country if they have none yet.
    pub fn add_roles(
        &mut self,
        official: usize,
        roles: impl IntoIterator<Item = String>,
        country: Option<String>,
    ) {
        let noted = self.unindex_official(official);
        if let Some(index) = &mut self.by_title {
            index.forget(official);
        }
        let entity = &mut self.entities[official];
        entity.roles.extend(roles);
        if entity.country.is_none() {
            entity.country = country;
        }
        if noted {
            self.index_official(official);
        }
    }

    /// Takes a mentioned official out of the recency indexes, before their last
    /// mention, roles or country change; false if they were never mentioned.
    fn unindex_official(&mut self, official: usize) -> bool {
        let stamp = self.last_mentioned[official];
        if self.recent_officials.remove(&stamp).is_none() {
            return false;
        }
        if let Some(index) = &mut self.by_title {
            index.remove(official, &self.entities[official], stamp);
        }
        true
    }

    /// Puts an official into the recency indexes at their last mention.
    fn index_official(&mut self, official: usize) {
        let stamp = self.last_mentioned[official];
        self.recent_officials.insert(stamp, official);
        if let Some(index) = &mut self.by_title {
            index.insert(official, &self.entities[official], stamp);
        }
    }

    /// Registers an official's surname ("Qin" for Qin Gang, "Dar" for Ishaq Dar)
    /// so that it names them from the next word on, in this sentence too.
    fn note_short_form(&mut self, official: usize) {
        let chinese = self.entities[official].country.as_deref() == Some("China");
        // Officials are mentioned again and again; their name never changes.
        if self.short_form_noted[official] == Some(chinese) {
            return;
        }
        self.short_form_noted[official] = Some(chinese);
        let name = self.entities[official].name.clone();
        let words: Vec<&str> = name.split_whitespace().collect();
        let surname = self
            .gazetteer
            .lookup(Label::Official, &name)
            .and_then(|e| {
                self.gazetteer
                    .entry(e)
                    .attribute("surname")
                    .map(String::from)
            })
            .unwrap_or_else(|| {
                let word = if chinese { words.first() } else { words.last() };
                word.copied().unwrap_or_default().to_string()
            });
        if words.len() > 1 {
            self.short_forms
                .entry(normalize(&surname))
                .or_insert(official);
        }
    }

    /// The most recently mentioned official holding a role that ends with
    /// `title` or one of its synonyms, optionally of `country`. `title` is a
    /// lexicon title, normalised, so the index files officials under it.
    fn official_by_title(&mut self, title: &str, country: Option<&str>) -> Option<usize> {
        let index = match &mut self.by_title {
            Some(index) => index,
            None => {
                // Most articles never use a bare title: they never pay for the index.
                let mut index = TitleIndex::new(self.titles);
                for (&stamp, &official) in &self.recent_officials {
                    index.insert(official, &self.entities[official], stamp);
                }
                self.by_title.insert(index)
            }
        };
        index.latest(title, country)
    }

    /// The most recently mentioned official.
    pub fn last_official(&self) -> Option<usize> {
        self.recent_officials.last_key_value().map(|(_, &o)| o)
    }

    /// Country entity for a name, creating it from the lexicon if needed.
    pub fn country(&mut self, name: &str, sentence: usize) -> usize {
        self.intern(Label::Country, name, sentence)
    }

    /// Records a mention of an entity, with its surface form as an alias.
    pub fn record(&mut self, entity: usize, surface: &str) {
        let official = self.entities[entity].label == Label::Official;
        if official {
            self.unindex_official(entity);
        }
        self.mention_counts[entity] += 1;
        self.mentions_seen += 1;
        self.last_mentioned[entity] = self.mentions_seen;
        let surface = strip_determiner(surface);
        self.entities[entity].add_alias(surface);
        if official {
            self.index_official(entity);
            self.note_short_form(entity);
        }
    }
}

/// Every bare title a reference can use ("the foreign secretary", "the
/// envoy"): the lexicon's titles, normalised, and their synonyms. Each is kept
/// with its bytes reversed, and sorted by those, so the titles a role ends with
/// are the prefixes of the role's reversed bytes.
#[derive(Debug, Clone)]
pub struct Titles(Vec<(Vec<u8>, String)>);

impl Titles {
    pub fn new(gazetteer: &Gazetteer) -> Titles {
        let mut titles = Vec::new();
        for entry in gazetteer.entries() {
            if entry.kind == EntryKind::Title {
                let title = normalize(&entry.name);
                titles.extend(title_synonyms(&title).iter().map(|s| s.to_string()));
                titles.push(title);
            }
        }
        let mut titles: Vec<(Vec<u8>, String)> = titles
            .into_iter()
            .map(|t| (t.bytes().rev().collect(), t))
            .collect();
        titles.sort_unstable();
        titles.dedup();
        Titles(titles)
    }

    /// The titles `role` (normalised) ends with, longest first. Each step looks
    /// up the greatest title not above what is left of the reversed role: it is
    /// a title the role ends with, or it shows how much of the role no title
    /// can cover.
    fn ending(&self, role: &str) -> Vec<String> {
        let reversed: Vec<u8> = role.bytes().rev().collect();
        let mut found = Vec::new();
        let mut end = reversed.len();
        while end > 0 {
            let head = &reversed[..end];
            let below = self.0.partition_point(|(t, _)| t.as_slice() <= head);
            let Some((title, name)) = below.checked_sub(1).map(|i| &self.0[i]) else {
                break;
            };
            let common = title.iter().zip(head).take_while(|(a, b)| a == b).count();
            if common == title.len() {
                found.push(name.clone());
                end = common.saturating_sub(1);
            } else {
                end = common;
            }
        }
        found
    }
}

/// Officials under each bare title that one of their roles ends with, by last
/// mention.
#[derive(Debug)]
struct TitleIndex<'g> {
    titles: &'g Titles,
    /// The titles each official is filed under, normalised once.
    held: BTreeMap<usize, Vec<String>>,
    holders: BTreeMap<String, Holders>,
}

impl<'g> TitleIndex<'g> {
    fn new(titles: &'g Titles) -> TitleIndex<'g> {
        TitleIndex {
            titles,
            held: BTreeMap::new(),
            holders: BTreeMap::new(),
        }
    }

    /// Files `official` (whose entity is given) at their last mention.
    fn insert(&mut self, official: usize, entity: &Entity, stamp: usize) {
        let titles = &self.titles;
        let held = self.held.entry(official).or_insert_with(|| {
            let mut held: Vec<String> = entity
                .roles
                .iter()
                .flat_map(|role| titles.ending(&normalize(role)))
                .collect();
            held.sort_unstable();
            held.dedup();
            held
        });
        for title in held.iter() {
            if !self.holders.contains_key(title) {
                self.holders.insert(title.clone(), Holders::default());
            }
            if let Some(holders) = self.holders.get_mut(title) {
                holders.insert(stamp, official, entity.country.as_deref());
            }
        }
    }

    fn remove(&mut self, official: usize, entity: &Entity, stamp: usize) {
        for title in self.held.get(&official).into_iter().flatten() {
            if let Some(holders) = self.holders.get_mut(title) {
                holders.remove(stamp, entity.country.as_deref());
            }
        }
    }

    /// Forgets the titles `official` holds, once removed, before their roles change.
    fn forget(&mut self, official: usize) {
        self.held.remove(&official);
    }

    /// The official mentioned last holding `title` or one of its synonyms, of
    /// `country` if given.
    fn latest(&self, title: &str, country: Option<&str>) -> Option<usize> {
        std::iter::once(title)
            .chain(title_synonyms(title).iter().copied())
            .filter_map(|t| self.holders.get(t)?.latest(country))
            .max_by_key(|&(&stamp, _)| stamp)
            .map(|(_, &official)| official)
    }
}

/// The officials holding one bare title: last mention → official, of all
/// countries and of each.
#[derive(Debug, Default)]
struct Holders {
    all: BTreeMap<usize, usize>,
    by_country: BTreeMap<String, BTreeMap<usize, usize>>,
}

impl Holders {
    fn insert(&mut self, stamp: usize, official: usize, country: Option<&str>) {
        self.all.insert(stamp, official);
        if let Some(country) = country {
            match self.by_country.get_mut(country) {
                Some(holders) => {
                    holders.insert(stamp, official);
                }
                None => {
                    let holders = BTreeMap::from([(stamp, official)]);
                    self.by_country.insert(country.to_string(), holders);
                }
            }
        }
    }

    fn remove(&mut self, stamp: usize, country: Option<&str>) {
        self.all.remove(&stamp);
        if let Some(holders) = country.and_then(|c| self.by_country.get_mut(c)) {
            holders.remove(&stamp);
        }
    }

    /// The one mentioned last, of `country` if given: (last mention, official).
    fn latest(&self, country: Option<&str>) -> Option<(&usize, &usize)> {
        match country {
            Some(country) => self.by_country.get(country)?.last_key_value(),
            None => self.all.last_key_value(),
        }
    }
}

/// Other titles a bare title refers to: "the envoy" is also an ambassador.
fn title_synonyms(title: &str) -> &'static [&'static str] {
    match title {
        "envoy" | "ambassador" => &["ambassador", "envoy"],
        "premier" => &["premier", "prime minister"],
        "head of state" => &["president"],
        "foreign minister" | "fm" => &["foreign minister"],
        "vice minister" => &["vice foreign minister", "vice minister"],
        _ => &[],
    }
}

/// Drops a leading "the", "a" or "an" from a surface form.
pub fn strip_determiner(surface: &str) -> &str {
    for det in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = surface.strip_prefix(det) {
            return rest.trim();
        }
    }
    surface.trim()
}

/// Head nouns that type an unknown capitalised phrase.
fn label_for_head(words: &[&str]) -> Option<Label> {
    let last = *words.last()?;
    let last_two = if words.len() >= 2 {
        format!("{} {}", words[words.len() - 2], last)
    } else {
        String::new()
    };
    let label = match last {
        "corridor" => Label::Initiative,
        "port" | "airport" | "railway" | "highway" | "motorway" | "expressway" | "dam"
        | "plant" | "project" | "zone" | "park" | "hospital" | "tunnel" | "bridge" | "pipeline"
        | "station" | "exhibition" | "terminal" | "refinery" | "mine" | "scheme" => Label::Project,
        "ministry" | "committee" | "commission" | "council" | "authority" | "bank"
        | "corporation" | "company" | "organization" | "organisation" | "bureau" | "party"
        | "congress" | "group" | "agency" | "association" | "institute" | "university"
        | "board" | "division" | "department" | "office" | "assembly" | "senate" | "army"
        | "navy" | "force" | "secretariat" | "dialogue" | "consultations" | "mechanism"
        | "chamber" | "government" | "limited" | "ltd" | "holdings" => Label::Organization,
        "forum" | "summit" | "conference" | "expo" | "games" | "symposium" | "fair"
        | "olympics" => Label::Meeting,
        "initiative" | "policy" | "framework" | "programme" | "program" | "plan" | "vision"
        | "strategy" => Label::Initiative,
        "agreement" | "treaty" | "convention" | "charter" | "memorandum" | "protocol"
        | "accord" | "declaration" | "communique" | "communiqué" => Label::Agreement,
        "province" | "region" | "valley" | "district" | "museum" | "hall" | "palace" | "pass"
        | "sea" | "ocean" | "river" | "house" | "square" | "guesthouse" => Label::Location,
        _ => return (last_two == "power project").then_some(Label::Project),
    };
    Some(label)
}

/// Finds the mentions of one sentence and updates the article state.
pub fn analyze(
    doc: &mut Doc<'_>,
    index: usize,
    span: Span,
    is_body: bool,
    text: &str,
    tokens: Vec<Token>,
) -> AnalyzedSentence {
    let matches = doc
        .gazetteer
        .find(&text[span.start..span.end], span.start, &tokens);
    let words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
    let mut finder = Finder {
        doc,
        sentence: index,
        text,
        tokens: &tokens,
        words: &words,
        mentions: Vec::new(),
        lex: matches,
    };
    finder.run();
    let mut mentions = finder.mentions;
    mentions.sort_by_key(|m| m.tokens.start);
    for m in &mentions {
        if let Referent::Entity(e) = m.referent {
            doc.record(e, &text[m.span.start..m.span.end]);
        }
    }
    AnalyzedSentence {
        index,
        span,
        is_body,
        tokens,
        mentions,
    }
}

/// The lexicon match starting at each token of a sentence, with the token
/// after it: looked up at every token by most patterns.
struct LexStarts(Vec<Option<(usize, LexMatch)>>);

impl LexStarts {
    fn get(&self, token: usize) -> Option<&(usize, LexMatch)> {
        self.0.get(token)?.as_ref()
    }

    fn contains_key(&self, token: usize) -> bool {
        self.get(token).is_some()
    }
}

struct Finder<'a, 'g> {
    doc: &'a mut Doc<'g>,
    sentence: usize,
    text: &'a str,
    tokens: &'a [Token],
    /// The tokens' norms, which the patterns compare at every token.
    words: &'a [&'a str],
    mentions: Vec<Mention>,
    lex: Vec<LexMatch>,
}

impl Finder<'_, '_> {
    fn run(&mut self) {
        let lex = self.lex_by_token();
        let mut i = 0;
        while i < self.tokens.len() {
            if let Some(next) = self
                .may_open_pattern(i, &lex)
                .then(|| self.try_patterns(i, &lex))
                .flatten()
            {
                i = next;
            } else if let Some(&(end, _)) = lex.get(i) {
                // A known phrase that names nothing here ("Vice Chairman of …" with no
                // name after it) is not the start of an unknown name.
                i = end;
            } else {
                i += 1;
            }
        }
    }

    /// Lexicon matches on token boundaries, by their first token.
    fn lex_by_token(&self) -> LexStarts {
        let mut out = vec![None; self.tokens.len()];
        // Tokens are in text order: binary searches keep long sentences linear.
        let starts: Vec<usize> = self.tokens.iter().map(|t| t.span.start).collect();
        let ends: Vec<usize> = self.tokens.iter().map(|t| t.span.end).collect();
        for m in &self.lex {
            let start = starts.binary_search(&m.span.start).ok();
            let end = ends.binary_search(&m.span.end).ok();
            if let (Some(s), Some(e)) = (start, end) {
                out[s] = Some((e + 1, *m));
            }
        }
        LexStarts(out)
    }

    fn word(&self, i: usize) -> &str {
        self.words.get(i).copied().unwrap_or("")
    }

    fn surface(&self, tokens: Range<usize>) -> &str {
        let start = self.tokens[tokens.start].span.start;
        let end = self.tokens[tokens.end - 1].span.end;
        &self.text[start..end]
    }

    fn push(&mut self, tokens: Range<usize>, referent: Referent, source: Source) -> usize {
        let span = Span::new(
            self.tokens[tokens.start].span.start,
            self.tokens[tokens.end - 1].span.end,
        );
        let possessive = self.word(tokens.end) == "'s";
        let end = tokens.end;
        if let Referent::Entity(e) = referent
            && self.doc.label(e) == Label::Official
        {
            self.doc.note_short_form(e);
        }
        self.mentions.push(Mention {
            tokens,
            span,
            referent,
            possessive,
            source,
        });
        end
    }

    fn push_entity(
        &mut self,
        tokens: Range<usize>,
        label: Label,
        name: &str,
        source: Source,
    ) -> (usize, usize) {
        let entity = self.doc.intern(label, name, self.sentence);
        (self.push(tokens, Referent::Entity(entity), source), entity)
    }

    /// Capitalised words from `i` that are not function words and not known names.
    fn capitalized_run(&self, i: usize, lex: &LexStarts, max: usize) -> usize {
        let mut j = i;
        while j < self.tokens.len() && j - i < max {
            let t = &self.tokens[j];
            if !t.is_word || !t.capitalized || is_function_word(&t.norm) || lex.contains_key(j) {
                break;
            }
            j += 1;
        }
        j
    }

    /// Whether any pattern of [`Finder::try_patterns`] can start at token
    /// `i`: each needs a known name, a capitalised word, a number or one of
    /// a few words there, or one of a few words after it. Most tokens are
    /// none of these and are passed over without trying every pattern; a
    /// new pattern adds what it starts with here.
    fn may_open_pattern(&self, i: usize, lex: &LexStarts) -> bool {
        let w = self.word(i);
        lex.contains_key(i)
            || self.tokens[i].capitalized
            || matches!(
                self.word(i + 1),
                "sessions" | "rounds" | "meetings" | "ceremony" | "," | "and"
            )
            || matches!(
                w,
                "next"
                    | "ceremony"
                    | "joint"
                    | "statement"
                    | "communiqué"
                    | "communique"
                    | "declaration"
                    | "dozen"
                    | "dozens"
                    | "number"
                    | "several"
                    | "series"
                    | "corridors"
                    | "each"
                    | "the"
                    | "both"
                    | "he"
                    | "she"
                    | "they"
                    | "it"
                    | "we"
                    | "mou"
                    | "memorandum"
                    | "a"
                    | "an"
                    | "its"
                    | "this"
                    | "during"
                    | "wide-ranging"
                    | "high-level"
            )
            || ordinal(w).is_some()
            || cardinal(w).is_some()
    }

    /// Tries every pattern at token `i`; returns the next token to look at.
    fn try_patterns(&mut self, i: usize, lex: &LexStarts) -> Option<usize> {
        self.meeting_by_ordinal(i, lex)
            .or_else(|| self.next_meeting(i, lex))
            .or_else(|| self.ceremony(i, lex))
            .or_else(|| self.statement_or_bundle(i))
            .or_else(|| self.official_by_title(i, lex))
            .or_else(|| self.corridors(i))
            .or_else(|| self.versioned(i, lex))
            .or_else(|| self.lexicon_mention(i, lex))
            .or_else(|| self.collective(i))
            .or_else(|| self.short_form(i))
            .or_else(|| self.instrument_on(i))
            .or_else(|| self.name_with_apposed_title(i, lex))
            .or_else(|| self.capitalized_phrase(i, lex))
            .or_else(|| self.phase_anaphor(i, lex))
            .or_else(|| self.definite_anaphor(i))
            .or_else(|| self.meeting_anaphor(i))
    }

    /// "China-Pakistan Economic Corridor (CPEC) 2.0": a known initiative with a
    /// version is the initiative the lexicon names "<alias> 2.0".
    fn versioned(&mut self, i: usize, lex: &LexStarts) -> Option<usize> {
        let &(mut end, m) = lex.get(i)?;
        if self.word(end) == "(" && self.word(end + 2) == ")" {
            end += 3;
        }
        // Copied out of `self`, the norms outlive the borrows below.
        let words = self.words;
        let version = words.get(end).copied().unwrap_or("");
        if !matches!(version, "2.0" | "3.0" | "ii") {
            return None;
        }
        let gazetteer = self.doc.gazetteer;
        let entry = gazetteer.entry(m.entry);
        let forms: Vec<String> = std::iter::once(&entry.name)
            .chain(&entry.aliases)
            .map(|f| normalize(f))
            .collect();
        let versioned = gazetteer.entries().iter().find(|e| {
            e.kind == EntryKind::Node(Label::Initiative)
                && forms
                    .iter()
                    .any(|f| normalize(&e.name) == format!("{f} {version}"))
        })?;
        let name = versioned.name.clone();
        Some(
            self.push_entity(i..end + 1, Label::Initiative, &name, Source::Lexicon)
                .0,
        )
    }

    /// A known name; capitals and demonyms are decided here.
    fn lexicon_mention(&mut self, i: usize, lex: &LexStarts) -> Option<usize> {
        let &(end, m) = lex.get(i)?;
        // The lexicon outlives `self`: its names need no copy.
        let gazetteer = self.doc.gazetteer;
        let entry = gazetteer.entry(m.entry);
        let EntryKind::Node(label) = entry.kind else {
            return None;
        };
        let name = entry.name.as_str();
        if m.demonym {
            let country = self.doc.country(name, self.sentence);
            // "the Chinese side", "the Pakistani government", "the Chinese leadership".
            let side = matches!(
                self.word(end),
                "side" | "government" | "leadership" | "authorities" | "state"
            );
            if side {
                return Some(self.push(i..end + 1, Referent::Entity(country), Source::Lexicon));
            }
            return Some(self.push(i..end, Referent::Demonym(country), Source::Lexicon));
        }
        // A Country joined to another by a hyphen is an adjective ("Pakistan-China ties").
        if label == Label::Location
            && let Some(country) = gazetteer.country_of_capital(name)
        {
            let before = if i > 0 { self.word(i - 1) } else { "" };
            let before2 = if i > 1 { self.word(i - 2) } else { "" };
            let as_place = is_place_preposition(before)
                || (before == "and" && is_place_preposition(before2))
                || (before == "," && self.word(i.wrapping_sub(2)) != "and");
            let acts = !as_place;
            if acts {
                let name = &gazetteer.entry(country).name;
                return Some(
                    self.push_entity(i..end, Label::Country, name, Source::Lexicon)
                        .0,
                );
            }
        }
        Some(self.push_entity(i..end, label, name, Source::Lexicon).0)
    }

    /// "Deputy Prime Minister and Foreign Minister Ishaq Dar", "Chinese Vice
    /// Foreign Minister Sun Weidong", "the ambassador of China to Pakistan,
    /// Jiang Zaidong", "the foreign secretary".
    fn official_by_title(&mut self, i: usize, lex: &LexStarts) -> Option<usize> {
        let &(mut end, m) = lex.get(i)?;
        if self.doc.gazetteer.entry(m.entry).kind != EntryKind::Title {
            return None;
        }
        let mut roles = vec![self.doc.gazetteer.entry(m.entry).name.clone()];
        let mut country = self
            .doc
            .gazetteer
            .entry(m.entry)
            .attribute("country")
            .map(String::from);
        // Chained titles: "Deputy Prime Minister and Foreign Minister".
        while self.word(end) == "and" {
            match lex.get(end + 1) {
                Some(&(e, t)) if self.doc.gazetteer.entry(t.entry).kind == EntryKind::Title => {
                    roles.push(self.doc.gazetteer.entry(t.entry).name.clone());
                    end = e;
                }
                _ => break,
            }
        }
        // A country before the title: "Chinese …", "Pakistan's …".
        let mut start = i;
        if let Some(prev) = self.mentions.last()
            && (prev.tokens.end == i || (prev.possessive && prev.tokens.end + 1 == i))
        {
            match prev.referent {
                Referent::Demonym(c) | Referent::Entity(c)
                    if self.doc.label(c) == Label::Country =>
                {
                    country = Some(self.doc.entities[c].name.clone());
                    if matches!(prev.referent, Referent::Demonym(_)) {
                        start = prev.tokens.start;
                        self.mentions.pop();
                    }
                }
                _ => {}
            }
        }
        // "Chairman of the Standing Committee of the National People's Congress Zhao Leji".
        let mut body = None;
        if self.word(end) == "of" {
            let mut j = end + 1;
            if self.word(j) == "the" {
                j += 1;
            }
            if let Some(&(e, b)) = lex.get(j) {
                let entry = self.doc.gazetteer.entry(b.entry);
                match entry.kind {
                    EntryKind::Node(Label::Organization) => {
                        let name = entry.name.clone();
                        let org = self.doc.intern(Label::Organization, &name, self.sentence);
                        body = Some((j..e, org));
                        end = e;
                    }
                    EntryKind::Node(Label::Country) if self.word(e) == "to" => {
                        // "the ambassador of China to Pakistan"
                        country = Some(entry.name.clone());
                        end = lex.get(e + 1).map_or(e + 1, |&(e2, _)| e2);
                    }
                    EntryKind::Node(Label::Country) => {
                        country = Some(entry.name.clone());
                        end = e;
                    }
                    _ => {}
                }
            }
        }
        let name_start = if self.word(end) == "," { end + 1 } else { end };
        let official = self.named_official(name_start, lex, &roles);
        let (official, name_end) = match official {
            Some(found) => found,
            None => {
                // A bare title refers back: "the foreign secretary", "the envoy".
                let determiner =
                    i > 0 && matches!(self.word(i - 1), "the" | "chinese" | "pakistani");
                if !determiner || end > i + 4 {
                    return None;
                }
                let title = normalize(&roles[0]);
                let official = self.doc.official_by_title(&title, country.as_deref())?;
                let start = if self.word(start.saturating_sub(1)) == "the" {
                    start - 1
                } else {
                    start
                };
                return Some(self.push(start..end, Referent::Entity(official), Source::Reference));
            }
        };
        self.doc.add_roles(official, roles, country);
        if let Some((tokens, org)) = body {
            self.push(tokens, Referent::Entity(org), Source::Lexicon);
            self.doc.title_bodies.push((official, org));
        }
        Some(self.push(
            name_start..name_end,
            Referent::Entity(official),
            Source::Pattern,
        ))
    }

    /// The person named at `i` after a title: a known official, a known
    /// surname, or two to four capitalised words.
    fn named_official(
        &mut self,
        i: usize,
        lex: &LexStarts,
        roles: &[String],
    ) -> Option<(usize, usize)> {
        if let Some(&(end, m)) = lex.get(i) {
            let entry = self.doc.gazetteer.entry(m.entry);
            if entry.kind == EntryKind::Node(Label::Official) {
                let name = entry.name.clone();
                return Some((self.doc.intern(Label::Official, &name, self.sentence), end));
            }
            return None;
        }
        let end = self.capitalized_run(i, lex, 4);
        if end == i {
            return None;
        }
        if end == i + 1 {
            let word = self.word(i).to_string();
            if let Some(&o) = self.doc.short_forms.get(&word) {
                return Some((o, end));
            }
            // A lexicon official known by this surname and holding this title.
            let gazetteer = self.doc.gazetteer;
            let found = gazetteer.entries().iter().find(|e| {
                e.kind == EntryKind::Node(Label::Official)
                    && surname_of(e) == word
                    && e.list_attribute("roles")
                        .iter()
                        .any(|r| roles.iter().any(|t| r.eq_ignore_ascii_case(t)))
            })?;
            let name = found.name.clone();
            return Some((self.doc.intern(Label::Official, &name, self.sentence), end));
        }
        let name = self.surface(i..end).to_string();
        Some((self.doc.intern(Label::Official, &name, self.sentence), end))
    }

    /// "Jiang Zaidong, China's ambassador" / "Wang Yi, a member of …": an unknown
    /// name followed by an apposed title.
    fn name_with_apposed_title(&mut self, i: usize, lex: &LexStarts) -> Option<usize> {
        let end = self.capitalized_run(i, lex, 3);
        if end < i + 2 || self.word(end) != "," {
            return None;
        }
        let mut j = end + 1;
        while matches!(self.word(j), "the" | "a" | "an" | "'s")
            || lex.get(j).is_some_and(|(_, m)| m.demonym)
        {
            j += 1;
        }
        if let Some(&(country_end, _)) = lex.get(j).filter(|(_, m)| {
            matches!(
                self.doc.gazetteer.entry(m.entry).kind,
                EntryKind::Node(Label::Country)
            )
        }) {
            j = country_end;
            if self.word(j) == "'s" {
                j += 1;
            }
        }
        let &(_, title) = lex.get(j)?;
        let entry = self.doc.gazetteer.entry(title.entry);
        if entry.kind != EntryKind::Title {
            return None;
        }
        let role = entry.name.clone();
        let name = self.surface(i..end).to_string();
        let official = self.doc.intern(Label::Official, &name, self.sentence);
        self.doc.add_roles(official, [role], None);
        Some(self.push(i..end, Referent::Entity(official), Source::Pattern))
    }

    /// A surname or short form of an official already named ("Dar", "Baloch").
    fn short_form(&mut self, i: usize) -> Option<usize> {
        let t = &self.tokens[i];
        if !t.capitalized {
            return None;
        }
        let official = *self.doc.short_forms.get(t.norm.as_str())?;
        Some(self.push(i..i + 1, Referent::Entity(official), Source::Reference))
    }

    /// "the seventh round of the … Dialogue", "the 5th meeting of the JWG-ICC",
    /// "the 11th JCC (meeting)".
    fn meeting_by_ordinal(&mut self, i: usize, lex: &LexStarts) -> Option<usize> {
        let n = ordinal(self.word(i))?;
        let mut j = i + 1;
        if matches!(
            self.word(j),
            "round" | "meeting" | "session" | "edition" | "sitting"
        ) {
            j += 1;
            if self.word(j) != "of" {
                return None;
            }
            j += 1;
            if self.word(j) == "the" {
                j += 1;
            }
        }
        let (mechanism, end) = self.mechanism_at(j, lex)?;
        let mut end = end;
        if matches!(self.word(end), "meeting" | "session" | "round") {
            end += 1;
        }
        let meeting = self.round_of(mechanism, n);
        let start = if i > 0 && self.word(i - 1) == "the" {
            i - 1
        } else {
            i
        };
        Some(self.push(start..end, Referent::Entity(meeting), Source::Pattern))
    }

    /// An Organization (a mechanism) at token `j`: a lexicon name or a
    /// capitalised phrase with an organisational head noun.
    fn mechanism_at(&mut self, j: usize, lex: &LexStarts) -> Option<(usize, usize)> {
        if let Some(&(end, m)) = lex.get(j) {
            let entry = self.doc.gazetteer.entry(m.entry);
            if entry.kind != EntryKind::Node(Label::Organization) {
                return None;
            }
            let name = entry.name.clone();
            return Some((
                self.doc.intern(Label::Organization, &name, self.sentence),
                end,
            ));
        }
        let end = self.name_phrase_end(j, lex);
        let words: Vec<&str> = (j..end).map(|k| self.word(k)).collect();
        if end > j + 1 && label_for_head(&words) == Some(Label::Organization) {
            let name = self.surface(j..end).to_string();
            return Some((
                self.doc.intern(Label::Organization, &name, self.sentence),
                end,
            ));
        }
        None
    }

    /// The Meeting that is round `n` of `mechanism`.
    fn round_of(&mut self, mechanism: usize, n: u32) -> usize {
        let name = meeting_name(&self.doc.entities[mechanism].name, n);
        let meeting = self.doc.intern(Label::Meeting, &name, self.sentence);
        self.doc.entities[meeting].ordinal = Some(n);
        self.doc.entities[meeting].kind = Some("round".into());
        let highest = self.doc.rounds.entry(mechanism).or_insert(0);
        *highest = (*highest).max(n);
        meeting
    }

    /// "the next round of the X", "its next meeting" (X named in the sentence),
    /// and "the three sessions of the X" (which implies rounds 1–3).
    fn next_meeting(&mut self, i: usize, lex: &LexStarts) -> Option<usize> {
        // The words after a number first: they rule most tokens out before
        // any number is read. ("next" is no number.)
        if matches!(self.word(i + 1), "sessions" | "rounds" | "meetings")
            && self.word(i + 2) == "of"
            && let Some(n) = cardinal(self.word(i)).filter(|&n| n > 1)
        {
            let j = if self.word(i + 3) == "the" {
                i + 4
            } else {
                i + 3
            };
            let (mechanism, end) = self.mechanism_at(j, lex)?;
            let highest = self.doc.rounds.entry(mechanism).or_insert(0);
            *highest = (*highest).max(n);
            return Some(self.push(j..end, Referent::Entity(mechanism), Source::Pattern));
        }
        if self.word(i) != "next" || !matches!(self.word(i + 1), "round" | "meeting" | "session") {
            return None;
        }
        let start = if i > 0 && matches!(self.word(i - 1), "the" | "its") {
            i - 1
        } else {
            i
        };
        let (mechanism, end) = if self.word(i + 2) == "of" {
            let j = if self.word(i + 3) == "the" {
                i + 4
            } else {
                i + 3
            };
            self.mechanism_at(j, lex)?
        } else if self.word(start) == "its" {
            // The mechanism named earlier in the sentence.
            let mechanism = self.mentions.iter().rev().find_map(|m| match m.referent {
                Referent::Entity(e) if self.doc.label(e) == Label::Organization => Some(e),
                _ => None,
            })?;
            (mechanism, i + 2)
        } else {
            return None;
        };
        let n = self.doc.rounds.get(&mechanism).copied().unwrap_or(0) + 1;
        let meeting = self.round_of(mechanism, n);
        Some(self.push(start..end, Referent::Entity(meeting), Source::Pattern))
    }

    /// "the welcome ceremony at …", "the opening ceremony of the Asian Winter
    /// Games", "a ceremony regarding the Chinese New Year 2025".
    fn ceremony(&mut self, i: usize, lex: &LexStarts) -> Option<usize> {
        let (kind_start, ceremony) = if self.word(i + 1) == "ceremony" {
            (Some(i), i + 1)
        } else if self.word(i) == "ceremony" {
            (None, i)
        } else {
            return None;
        };
        let kind = kind_start.map(|k| self.word(k).to_string());
        if kind
            .as_deref()
            .is_some_and(|k| is_function_word(k) || !self.tokens[i].is_word)
        {
            return self.ceremony(i + 1, lex);
        }
        let connector = self.word(ceremony + 1);
        let mut j = ceremony + 2;
        if self.word(j) == "the" {
            j += 1;
        }
        let event_end = if matches!(
            connector,
            "of" | "for" | "regarding" | "marking" | "celebrating"
        ) {
            // The longer of a known name and a capitalised phrase: "the Chinese New
            // Year 2025" is more than the demonym it starts with.
            let known = lex.get(j).map_or(j, |&(e, _)| e);
            let end = known.max(self.name_phrase_end(j, lex));
            (end > j).then_some(end)
        } else {
            None
        };
        let name = match (kind.as_deref(), event_end) {
            (Some(k), Some(e)) => format!(
                "{} ceremony {connector} the {}",
                capitalize(k),
                self.surface(j..e)
            ),
            (None, Some(e)) => format!("{} ceremony", self.surface(j..e)),
            (Some(k), None) if matches!(self.word(ceremony + 1), "at" | "in") => {
                let place_start = if self.word(ceremony + 2) == "the" {
                    ceremony + 3
                } else {
                    ceremony + 2
                };
                let place_end = lex.get(place_start).map(|&(e, _)| e)?;
                format!(
                    "{} ceremony at the {}",
                    capitalize(k),
                    self.surface(place_start..place_end)
                )
            }
            _ => return None,
        };
        let start = kind_start.unwrap_or(ceremony);
        let end = event_end.unwrap_or(ceremony + 1);
        let (next, meeting) = self.push_entity(start..end, Label::Meeting, &name, Source::Pattern);
        self.doc.entities[meeting].kind = Some("ceremony".into());
        Some(next)
    }

    /// "the joint statement", "a joint press communiqué", "the declaration";
    /// "more than a dozen agreements", "a number of agreements/MoUs".
    fn statement_or_bundle(&mut self, i: usize) -> Option<usize> {
        let w = self.word(i);
        let is_statement =
            |w: &str| matches!(w, "statement" | "communiqué" | "communique" | "declaration");
        if w == "joint" {
            let mut j = i + 1;
            if self.word(j) == "press" {
                j += 1;
            }
            if is_statement(self.word(j)) {
                return Some(self.push(i..j + 1, Referent::Statement, Source::Pattern));
            }
            return None;
        }
        if is_statement(w) && i > 0 && self.word(i - 1) == "the" {
            return Some(self.push(i..i + 1, Referent::Statement, Source::Reference));
        }
        let instruments = |w: &str| {
            matches!(
                w,
                "agreements"
                    | "mous"
                    | "agreements/mous"
                    | "accords"
                    | "memoranda"
                    | "deals"
                    | "documents"
            )
        };
        // The instruments first: they rule most tokens out before any
        // quantity is read.
        let mut j = i + 1;
        while matches!(
            self.word(j),
            "of" | "agreements"
                | "and"
                | "mous"
                | "memoranda"
                | "understanding"
                | "other"
                | "new"
                | "bilateral"
                | "major"
                | "key"
                | "cooperation"
        ) && !instruments(self.word(j))
        {
            j += 1;
        }
        if !instruments(self.word(j)) {
            return None;
        }
        let quantity = match w {
            "dozen" | "dozens" | "number" | "several" | "series" => true,
            _ => cardinal(w).is_some_and(|n| n > 2),
        };
        if !quantity {
            return None;
        }
        let mut end = j + 1;
        loop {
            match self.word(end) {
                "and" | "mous" | "memoranda" | "memorandums" | "agreements" => end += 1,
                // "… memoranda of understanding".
                "of" if self.word(end + 1) == "understanding" => end += 2,
                _ => break,
            }
        }
        let mut start = i;
        while start > 0
            && matches!(
                self.word(start - 1),
                "more" | "than" | "a" | "over" | "nearly" | "about" | "some"
            )
        {
            start -= 1;
        }
        Some(self.push(start..end, Referent::Bundle, Source::Pattern))
    }

    /// "the two sides", "both countries", "the leaders", "each other", pronouns.
    fn collective(&mut self, i: usize) -> Option<usize> {
        let w = self.word(i);
        let group = |w: &str| {
            matches!(
                w,
                "sides"
                    | "countries"
                    | "nations"
                    | "governments"
                    | "parties"
                    | "neighbours"
                    | "neighbors"
                    | "states"
                    | "delegations"
                    | "leaderships"
                    | "partners"
            )
        };
        if w == "each" && self.word(i + 1) == "other" {
            return Some(self.push(i..i + 2, Referent::EachOther, Source::Reference));
        }
        if matches!(w, "the" | "both") {
            let count = cardinal(self.word(i + 1));
            let j = if count.is_some() { i + 2 } else { i + 1 };
            let n = count.unwrap_or(2) as usize;
            if group(self.word(j)) && (count.is_some() || w == "both") {
                return Some(self.push(i..j + 1, Referent::Parties(n), Source::Reference));
            }
            if self.word(j) == "leaders" && (count.is_some() || w == "the") {
                return Some(self.push(i..j + 1, Referent::Leaders, Source::Reference));
            }
            // "the three ministers", "the two prime ministers", "both foreign ministers".
            let office = if matches!(self.word(j), "foreign" | "prime" | "planning" | "defence") {
                j + 1
            } else {
                j
            };
            // Not "the three Foreign Ministers' meetings": a possessive names a body.
            let possessed = matches!(self.word(office + 1), "'s" | "'" | "’");
            if matches!(self.word(office), "ministers" | "premiers" | "presidents") && !possessed {
                let n = count.map_or(0, |c| c as usize);
                return Some(self.push(i..office + 1, Referent::Ministers(n), Source::Reference));
            }
            return None;
        }
        // "Mr. He" is He Lifeng, not a pronoun.
        let title_word = |w: &str| matches!(w, "mr" | "mrs" | "ms" | "dr" | "prof");
        let honorific = (i > 0 && title_word(self.word(i - 1).trim_end_matches('.')))
            || (i > 1 && self.word(i - 1) == "." && title_word(self.word(i - 2)));
        if honorific {
            return None;
        }
        let pronoun = match w {
            "he" | "she" => Pronoun::He,
            "they" => Pronoun::They,
            "it" => Pronoun::It,
            "we" => Pronoun::We,
            _ => return None,
        };
        Some(self.push(i..i + 1, Referent::Pronoun(pronoun), Source::Reference))
    }

    /// "growth, livelihood, innovation, open and green corridor(s)" → one
    /// Initiative per word.
    fn corridors(&mut self, i: usize) -> Option<usize> {
        if matches!(self.word(i), "corridors") && self.word(i + 1) == ":" {
            return self.corridor_list(i + 2);
        }
        // A comma or an "and" follows the first word of every list: most
        // words are ruled out before a list is collected.
        if !matches!(self.word(i + 1), "," | "and") {
            return None;
        }
        let mut items = Vec::new();
        let mut j = i;
        loop {
            let t = self.tokens.get(j)?;
            if !t.is_word || t.capitalized || is_function_word(&t.norm) {
                return None;
            }
            items.push(j);
            j += 1;
            match self.word(j) {
                "," => j += if self.word(j + 1) == "and" { 2 } else { 1 },
                "and" => j += 1,
                "corridor" | "corridors" if items.len() > 1 => break,
                _ => return None,
            }
        }
        for k in items {
            let name = format!("{} Corridor", capitalize(self.word(k)));
            self.push_entity(k..k + 1, Label::Initiative, &name, Source::Pattern);
        }
        Some(j + 1)
    }

    /// The items after "corridors:": "growth, livelihood, innovation, green and open".
    fn corridor_list(&mut self, i: usize) -> Option<usize> {
        let mut items = Vec::new();
        let mut j = i;
        while let Some(t) = self.tokens.get(j) {
            if !t.is_word || t.capitalized || is_function_word(&t.norm) {
                break;
            }
            items.push(j);
            j += 1;
            match self.word(j) {
                "," => j += if self.word(j + 1) == "and" { 2 } else { 1 },
                "and" => j += 1,
                _ => break,
            }
        }
        if items.len() < 2 {
            return None;
        }
        for &k in &items {
            let name = format!("{} Corridor", capitalize(self.word(k)));
            self.push_entity(k..k + 1, Label::Initiative, &name, Source::Pattern);
        }
        items.last().map(|k| k + 1)
    }

    /// "an MoU on e-commerce", "the cultural cooperation agreement".
    fn instrument_on(&mut self, i: usize) -> Option<usize> {
        let w = self.word(i);
        if matches!(w, "mou" | "memorandum") && self.word(i + 1) == "on" {
            let start = i + 2;
            let mut end = start;
            while end < self.tokens.len()
                && end < start + 4
                && self.tokens[end].is_word
                && !matches!(self.word(end), "and" | "between" | "with" | "to" | "in")
            {
                end += 1;
            }
            if end == start {
                return None;
            }
            let name = format!("MoU on {}", self.surface(start..end));
            let (next, e) = self.push_entity(i..end, Label::Agreement, &name, Source::Pattern);
            self.doc.entities[e].kind = Some("MoU".into());
            return Some(next);
        }
        // "the cultural cooperation agreement": lower-case words before "agreement".
        if !matches!(w, "the" | "a" | "an") {
            return None;
        }
        let mut end = i + 1;
        while end < i + 4
            && self
                .tokens
                .get(end)
                .is_some_and(|t| t.is_word && !t.capitalized)
            && self.word(end) != "agreement"
        {
            end += 1;
        }
        if self.word(end) != "agreement" || end == i + 1 || self.word(end + 1) == "on" {
            return None;
        }
        let words: Vec<String> = (i + 1..=end).map(|k| capitalize(self.word(k))).collect();
        let name = words.join(" ");
        let (next, e) = self.push_entity(i + 1..end + 1, Label::Agreement, &name, Source::Pattern);
        self.doc.entities[e].kind = Some("agreement".into());
        Some(next)
    }

    /// End of a capitalised name starting at `i`: capitalised words joined by
    /// connectors ("Board of Investment"), hyphens and numbers.
    fn name_phrase_end(&self, i: usize, lex: &LexStarts) -> usize {
        let mut j = i;
        let mut end = i;
        while j < self.tokens.len() {
            let t = &self.tokens[j];
            if let Some(&(e, _)) = lex.get(j).filter(|_| j > i) {
                j = e;
                end = e;
                continue;
            }
            if t.is_word
                && (t.capitalized || t.norm.chars().all(|c| c.is_ascii_digit() || c == '-'))
                && !(j == i && is_function_word(&t.norm))
            {
                j += 1;
                end = j;
            } else if (t.norm == "'s" && j > i)
                || is_name_connector(&t.norm)
                    && j > i
                    && self.tokens.get(j + 1).is_some_and(|n| {
                        // "… Winter Olympics on Friday": a date is not part of the name.
                        (n.capitalized && !is_date_word(&n.norm)) || is_name_connector(&n.norm)
                    })
            {
                j += 1;
            } else {
                break;
            }
        }
        end
    }

    /// An unknown capitalised phrase typed by its head noun ("Rashakai Special
    /// Economic Zone" → Project, "Board of Investment" → Organization).
    fn capitalized_phrase(&mut self, i: usize, lex: &LexStarts) -> Option<usize> {
        let t = &self.tokens[i];
        if !t.is_word || !t.capitalized || is_function_word(&t.norm) || lex.contains_key(i) {
            return None;
        }
        let end = self.name_phrase_end(i, lex);
        if end < i + 2 {
            return None;
        }
        let words: Vec<&str> = (i..end).map(|k| self.word(k)).collect();
        let label = label_for_head(&words)?;
        // A sentence-initial heading word is not part of the name.
        let name = self.surface(i..end).to_string();
        Some(self.push_entity(i..end, label, &name, Source::Pattern).0)
    }

    /// "the dialogue", "the talks", "the visit": a meeting of the article.
    /// "the new phase", "an upgraded version", "the second phase of the
    /// China-Pakistan Economic Corridor", "the corridor's second phase": the
    /// versioned initiative of the one spoken of ("CPEC" → "CPEC 2.0", as the
    /// lexicon's `part_of` says).
    fn phase_anaphor(&mut self, i: usize, lex: &LexStarts) -> Option<usize> {
        // "the corridor's second phase", "its next phase".
        let (owner_head, mut j) = match (self.word(i), self.word(i + 1), self.word(i + 2)) {
            ("the", head, "'s") => (Some(head.to_string()), i + 3),
            ("its", _, _) => (None, i + 1),
            ("the" | "a" | "an" | "this", _, _) => (None, i + 1),
            _ => return None,
        };
        if !matches!(self.word(j), "new" | "next" | "upgraded" | "second") {
            return None;
        }
        j += 1;
        if !matches!(self.word(j), "phase" | "version") {
            return None;
        }
        let gazetteer = self.doc.gazetteer;
        let is_version = |name: &str| name.ends_with(" 2.0") || name.ends_with(" II");
        let version_of = |parent: &str| {
            gazetteer
                .entries()
                .iter()
                .find(|e| {
                    e.kind == EntryKind::Node(Label::Initiative)
                        && e.attribute("part_of") == Some(parent)
                        && is_version(&e.name)
                })
                .map(|v| v.name.clone())
        };
        let mut end = j + 1;
        // "… phase of (the) <initiative>": that initiative's version.
        let mut owner_head = owner_head;
        let named_parent = if self.word(j + 1) == "of" {
            let k = if self.word(j + 2) == "the" {
                j + 3
            } else {
                j + 2
            };
            match lex.get(k) {
                Some(&(e, m)) => {
                    let entry = gazetteer.entry(m.entry);
                    (entry.kind == EntryKind::Node(Label::Initiative)).then_some(())?;
                    end = e;
                    Some(entry.name.clone())
                }
                // "the second phase of the corridor": the corridor spoken of.
                None if self.word(k) == "corridor" => {
                    owner_head = Some("corridor".into());
                    end = k + 1;
                    None
                }
                None => return None,
            }
        } else {
            None
        };
        let name = match named_parent {
            Some(parent) if is_version(&parent) => parent,
            Some(parent) => version_of(&parent)?,
            None => {
                let in_sentence = self.mentions.iter().rev().filter_map(|m| match m.referent {
                    Referent::Entity(e) => Some(e),
                    _ => None,
                });
                let mut earlier = self.doc.with_label(Label::Initiative).to_vec();
                earlier.sort_by_key(|&e| std::cmp::Reverse(self.doc.first_seen[e]));
                in_sentence
                    .chain(earlier)
                    .filter(|&e| self.doc.label(e) == Label::Initiative)
                    .filter(|&e| {
                        owner_head.as_ref().is_none_or(|head| {
                            self.doc.entities[e]
                                .name
                                .to_lowercase()
                                .contains(head.as_str())
                        })
                    })
                    .find_map(|e| {
                        let name = &self.doc.entities[e].name;
                        if is_version(name) {
                            Some(name.clone())
                        } else {
                            version_of(name)
                        }
                    })?
            }
        };
        let start = if matches!(self.word(i), "the" | "a" | "an" | "this" | "its")
            && owner_head.is_none()
        {
            i + 1
        } else {
            i
        };
        Some(
            self.push_entity(start..end, Label::Initiative, &name, Source::Reference)
                .0,
        )
    }

    /// "the initiative", "the corridor", "the port", "the airport": the entity of
    /// that kind mentioned last, in this sentence or before.
    fn definite_anaphor(&mut self, i: usize) -> Option<usize> {
        if self.word(i) != "the" || matches!(self.word(i + 2), "of" | "'s") {
            return None;
        }
        let head = self.word(i + 1);
        let (label, in_name): (Label, Option<&str>) = match head {
            "initiative" => (Label::Initiative, None),
            "corridor" => (Label::Initiative, Some("corridor")),
            "port" | "airport" | "railway" | "highway" | "motorway" | "plant" | "dam" => {
                (Label::Project, Some(head))
            }
            _ => return None,
        };
        let fits = |e: usize| {
            self.doc.label(e) == label
                && in_name.is_none_or(|w| self.doc.entities[e].name.to_lowercase().contains(w))
        };
        let in_sentence = self.mentions.iter().rev().find_map(|m| match m.referent {
            Referent::Entity(e) if fits(e) => Some(e),
            _ => None,
        });
        let entity = in_sentence.or_else(|| {
            self.doc
                .with_label(label)
                .iter()
                .copied()
                .filter(|&e| self.doc.last_mentioned[e] > 0 && fits(e))
                .max_by_key(|&e| self.doc.last_mentioned[e])
        })?;
        Some(self.push(i..i + 2, Referent::Entity(entity), Source::Reference))
    }

    fn meeting_anaphor(&mut self, i: usize) -> Option<usize> {
        let head = |w: &str| {
            matches!(
                w,
                "dialogue"
                    | "meeting"
                    | "talks"
                    | "visit"
                    | "summit"
                    | "session"
                    | "meetings"
                    | "forum"
                    | "conference"
                    | "expo"
                    | "ceremony"
            )
        };
        let mut j = i;
        if !matches!(
            self.word(j),
            "the" | "this" | "during" | "wide-ranging" | "high-level"
        ) {
            return None;
        }
        while matches!(
            self.word(j),
            "the" | "this" | "during" | "wide-ranging" | "high-level" | "bilateral" | "official"
        ) {
            j += 1;
        }
        if !head(self.word(j)) || matches!(self.word(j + 1), "of" | "between" | "with") {
            return None;
        }
        let start = if self.word(i) == "during" { i + 1 } else { i };
        // "the forum", "the summit": the meeting of that kind named before, if any.
        let head_word = self.word(j).to_string();
        let named = matches!(
            head_word.as_str(),
            "forum" | "summit" | "conference" | "expo" | "ceremony"
        )
        .then(|| {
            self.doc
                .with_label(Label::Meeting)
                .iter()
                .rev()
                .copied()
                .find(|&e| {
                    self.doc.entities[e]
                        .name
                        .to_lowercase()
                        .contains(&head_word)
                })
        })
        .flatten();
        let referent = named.map_or(Referent::MeetingAnaphor, Referent::Entity);
        Some(self.push(start..j + 1, referent, Source::Reference))
    }
}

/// "7th Pakistan-China Foreign Ministers' Strategic Dialogue" for a dialogue,
/// "5th meeting of the CPEC Joint Working Group …" for a body.
pub fn meeting_name(mechanism: &str, n: u32) -> String {
    let last = mechanism
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if matches!(
        last.as_str(),
        "dialogue" | "summit" | "forum" | "conference" | "consultations" | "talks"
    ) {
        format!("{} {mechanism}", ordinal_name(n))
    } else {
        format!("{} meeting of the {mechanism}", ordinal_name(n))
    }
}

fn surname_of(entry: &crate::lexicon::LexiconEntry) -> String {
    if let Some(s) = entry.attribute("surname") {
        return normalize(s);
    }
    let words: Vec<&str> = entry.name.split_whitespace().collect();
    let word = if entry.attribute("country") == Some("China") {
        words.first()
    } else {
        words.last()
    };
    normalize(word.copied().unwrap_or_default())
}

pub fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lexicon;

    /// The index finds exactly the titles a role ends with, as `ends_with` would.
    #[test]
    fn titles_ending_a_role_are_those_it_ends_with() {
        let gazetteer = Gazetteer::new(Lexicon::builtin());
        let titles = Titles::new(&gazetteer);
        let mut roles: Vec<String> = titles.0.iter().map(|(_, t)| t.clone()).collect();
        roles.extend(["co-director", "x", "", "deputy prime minister of état"].map(String::from));
        for role in &roles {
            let mut want: Vec<String> = titles
                .0
                .iter()
                .map(|(_, t)| t.clone())
                .filter(|t| role.ends_with(t.as_str()))
                .collect();
            want.sort_by_key(|t| std::cmp::Reverse(t.len()));
            assert_eq!(titles.ending(role), want, "{role}");
        }
    }
}
