//! Cue words: the verbs and phrases that say which relation a clause states.
//!
//! Each cue has a class (what it yields) and a lemma (the `verb` property of
//! the edges it produces). Every class is documented in `RULES.md`.

#[expect(clippy::disallowed_types, reason = "looked up, never iterated")]
use rustc_hash::FxHashMap;

/// What a cue makes of the clause it opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CueClass {
    /// COMMITTED_TO: agreed, pledged, reaffirmed, ready to …
    Commit,
    /// SUPPORTS: supported, welcomed, appreciated, commended, thanked …
    Support,
    /// OPPOSES: opposed, condemned, rejected.
    Oppose,
    /// DISCUSSED: discussed, exchanged views on, reviewed …
    Discuss,
    /// FOCUSES_ON (of the clause's initiative or meeting): with emphasis on, prioritising …
    Focus,
    /// FOCUSES_ON when a statement highlights something.
    Highlight,
    /// CO_CHAIRED.
    CoChair,
    /// ATTENDED.
    Attend,
    /// MET.
    Meet,
    /// VISITED (and the visit as a Meeting).
    Visit,
    /// SIGNED.
    Sign,
    /// INVITED: "invited X to visit".
    Invite,
    /// Ends a clause without a relation: said, stated, described …
    Report,
}

/// `(words, class, lemma)`: words are normalised tokens matched in sequence.
const CUES: &[(&[&str], CueClass, &str)] = {
    use CueClass::*;
    &[
        (&["agreed"], Commit, "agree"),
        (&["agree"], Commit, "agree"),
        (&["agrees"], Commit, "agree"),
        (&["agreeing"], Commit, "agree"),
        (&["pledged"], Commit, "pledge"),
        (&["pledge"], Commit, "pledge"),
        (&["pledging"], Commit, "pledge"),
        (&["pledges"], Commit, "pledge"),
        (&["committed"], Commit, "commit"),
        (&["commit"], Commit, "commit"),
        (&["commits"], Commit, "commit"),
        (&["reaffirmed"], Commit, "reaffirm"),
        (&["reaffirm"], Commit, "reaffirm"),
        (&["reaffirms"], Commit, "reaffirm"),
        (&["reaffirming"], Commit, "reaffirm"),
        (&["reiterated"], Commit, "reiterate"),
        (&["reiterate"], Commit, "reiterate"),
        (&["reiterating"], Commit, "reiterate"),
        (&["resolved"], Commit, "resolve"),
        (&["resolve"], Commit, "resolve"),
        (&["vowed"], Commit, "vow"),
        (&["vow"], Commit, "vow"),
        (&["decided"], Commit, "decide"),
        (&["undertook"], Commit, "undertake"),
        (&["undertake"], Commit, "undertake"),
        (&["promised"], Commit, "promise"),
        (&["stand", "ready"], Commit, "stand ready"),
        (&["stands", "ready"], Commit, "stand ready"),
        (&["ready", "to"], Commit, "ready"),
        (&["ready", "for"], Commit, "ready"),
        (&["would", "work", "with"], Commit, "work with"),
        (&["will", "work", "with"], Commit, "work with"),
        (&["work", "with"], Commit, "work with"),
        (&["readiness"], Commit, "ready"),
        (&["willing"], Commit, "willing"),
        (&["willingness"], Commit, "willing"),
        (&["determination"], Commit, "determine"),
        (&["determined"], Commit, "determine"),
        (&["underscored", "the", "need"], Commit, "underscore"),
        (&["underlined", "the", "need"], Commit, "underline"),
        (&["emphasized", "the", "need"], Commit, "emphasize"),
        (&["emphasised", "the", "need"], Commit, "emphasize"),
        (&["will", "continue"], Commit, "continue"),
        (&["continue", "to"], Commit, "continue"),
        (&["consensus", "to"], Commit, "agree"),
        (&["commitment", "to"], Commit, "commit"),
        (&["commitments", "to"], Commit, "commit"),
        (&["restart"], Commit, "restart"),
        (&["restarting"], Commit, "restart"),
        (&["revive"], Commit, "revive"),
        (&["reviving"], Commit, "revive"),
        (&["relaunch"], Commit, "relaunch"),
        (&["supported"], Support, "support"),
        (&["support"], Support, "support"),
        (&["supports"], Support, "support"),
        (&["supporting"], Support, "support"),
        (&["welcomed"], Support, "welcome"),
        (&["welcome"], Support, "welcome"),
        (&["welcomes"], Support, "welcome"),
        (&["welcoming"], Support, "welcome"),
        (&["appreciated"], Support, "appreciate"),
        (&["appreciate"], Support, "appreciate"),
        (&["appreciates"], Support, "appreciate"),
        (&["appreciating"], Support, "appreciate"),
        (&["appreciation"], Support, "appreciate"),
        (&["commended"], Support, "commend"),
        (&["commend"], Support, "commend"),
        (&["thanked"], Support, "thank"),
        (&["thank"], Support, "thank"),
        (&["praised"], Support, "praise"),
        (&["lauded"], Support, "laud"),
        (&["hailed"], Support, "hail"),
        (&["backed"], Support, "back"),
        (&["backing"], Support, "back"),
        (&["backs"], Support, "back"),
        (&["stood", "behind"], Support, "stand by"),
        (&["stood", "firmly", "behind"], Support, "stand by"),
        (&["stands", "firmly", "behind"], Support, "stand by"),
        (&["stand", "firmly", "behind"], Support, "stand by"),
        (&["stood", "by"], Support, "stand by"),
        (&["stand", "by"], Support, "stand by"),
        (&["stands", "by"], Support, "stand by"),
        (&["endorsed"], Support, "endorse"),
        (&["satisfaction"], Support, "express satisfaction"),
        (&["opposed"], Oppose, "oppose"),
        (&["oppose"], Oppose, "oppose"),
        (&["opposes"], Oppose, "oppose"),
        (&["opposition"], Oppose, "oppose"),
        (&["condemned"], Oppose, "condemn"),
        (&["condemn"], Oppose, "condemn"),
        (&["condemns"], Oppose, "condemn"),
        (&["rejected"], Oppose, "reject"),
        (&["denounced"], Oppose, "denounce"),
        (&["discussed"], Discuss, "discuss"),
        (&["discuss"], Discuss, "discuss"),
        (&["discussions"], Discuss, "discuss"),
        (&["exchanged", "views"], Discuss, "exchange views"),
        (&["exchange", "of", "views"], Discuss, "exchange views"),
        (&["exchange", "views"], Discuss, "exchange views"),
        (&["reviewed"], Discuss, "review"),
        (&["review"], Discuss, "review"),
        (&["covered"], Discuss, "cover"),
        (&["covering"], Discuss, "cover"),
        (&["covers"], Discuss, "cover"),
        (&["featured"], Discuss, "feature"),
        (&["briefed"], Discuss, "brief"),
        (&["acknowledged"], Discuss, "acknowledge"),
        (&["deliberated"], Discuss, "deliberate"),
        (&["took", "stock"], Discuss, "take stock"),
        (&["with", "emphasis", "on"], Focus, "emphasize"),
        (&["with", "a", "renewed", "focus", "on"], Focus, "focus"),
        (&["with", "a", "focus", "on"], Focus, "focus"),
        (&["would", "focus", "on"], Focus, "focus"),
        (&["will", "focus", "on"], Focus, "focus"),
        (&["focus", "on"], Focus, "focus"),
        (&["focusing", "on"], Focus, "focus"),
        (&["focused", "on"], Focus, "focus"),
        (&["prioritising"], Focus, "prioritise"),
        (&["prioritizing"], Focus, "prioritise"),
        (&["centred", "on"], Focus, "centre"),
        (&["centre", "on"], Focus, "centre"),
        (&["center", "on"], Focus, "centre"),
        (&["centres", "on"], Focus, "centre"),
        (&["centered", "on"], Focus, "centre"),
        (&["highlighted"], Highlight, "highlight"),
        (&["co-chaired"], CoChair, "co-chair"),
        (&["co-chair"], CoChair, "co-chair"),
        (&["co-chairing"], CoChair, "co-chair"),
        (&["chaired"], CoChair, "chair"),
        (&["presided"], CoChair, "preside"),
        (&["attended"], Attend, "attend"),
        (&["attend"], Attend, "attend"),
        (&["attending"], Attend, "attend"),
        (&["took", "part"], Attend, "take part"),
        (&["participated"], Attend, "participate"),
        (&["addressed"], Attend, "address"),
        (&["addressing"], Attend, "address"),
        (&["met"], Meet, "meet"),
        (&["meets"], Meet, "meet"),
        (&["called", "on"], Meet, "call on"),
        (&["received"], Meet, "receive"),
        (&["meeting", "with"], Meet, "meet"),
        (&["talks", "with"], Meet, "meet"),
        (&["calls", "on"], Meet, "call on"),
        (&["visited"], Visit, "visit"),
        (&["visiting"], Visit, "visit"),
        (&["visit", "to"], Visit, "visit"),
        (&["visit"], Visit, "visit"),
        (&["arrived", "in"], Visit, "arrive"),
        (&["departed", "for"], Visit, "depart"),
        (&["left", "for"], Visit, "leave for"),
        (&["leaves", "for"], Visit, "leave for"),
        (&["flew", "to"], Visit, "fly to"),
        (&["flew", "into"], Visit, "fly to"),
        (&["flown", "to"], Visit, "fly to"),
        (&["flown", "into"], Visit, "fly to"),
        (&["arrives", "in"], Visit, "arrive"),
        (&["travelled", "to"], Visit, "travel"),
        (&["traveled", "to"], Visit, "travel"),
        (&["heads", "to"], Visit, "head"),
        (&["signed"], Sign, "sign"),
        (&["sign"], Sign, "sign"),
        (&["signing", "of"], Sign, "sign"),
        (&["inked"], Sign, "ink"),
        (&["concluded"], Sign, "conclude"),
        (&["invited"], Invite, "invite"),
        (&["said"], Report, "say"),
        (&["says"], Report, "say"),
        (&["stated"], Report, "state"),
        (&["noted"], Report, "note"),
        (&["added"], Report, "add"),
        (&["described"], Report, "describe"),
        (&["told"], Report, "tell"),
        (&["stressed"], Report, "stress"),
        (&["stressing"], Report, "stress"),
        (&["maintained"], Report, "maintain"),
        (&["urged"], Report, "urge"),
        (&["urging"], Report, "urge"),
        (&["called"], Report, "call"),
        (&["announced"], Report, "announce"),
        (&["believe"], Report, "believe"),
        (&["recognized"], Report, "recognize"),
        (&["recognised"], Report, "recognize"),
        (&["expressed", "condolences"], Report, "express"),
    ]
};

/// The longest cue starting at token `i` of `words`: its class, lemma and length.
pub fn cue_at(words: &[&str], i: usize) -> Option<(CueClass, &'static str, usize)> {
    if let Some(len) = held_talks_with(words, i) {
        return Some((CueClass::Meet, "meet", len));
    }
    static BY_FIRST_WORD: std::sync::OnceLock<FirstWords> = std::sync::OnceLock::new();
    let first = *words.get(i)?;
    let candidates = BY_FIRST_WORD.get_or_init(FirstWords::new).get(first)?;
    // The longest, and of equally long ones the last in the table, as before.
    let (class, lemma, len) = candidates
        .iter()
        .map(|&k| &CUES[k])
        .filter(|(pattern, _, _)| words.get(i..i + pattern.len()) == Some(*pattern))
        .max_by_key(|(pattern, _, _)| pattern.len())
        .map(|(pattern, class, lemma)| (*class, *lemma, pattern.len()))?;
    match lemma {
        // "recognized Pakistan's contributions and sacrifices" praises.
        "recognize"
            if words[i + 1..].iter().take(5).any(|w| {
                matches!(
                    *w,
                    "contributions" | "contribution" | "efforts" | "sacrifices"
                )
            }) =>
        {
            Some((CueClass::Support, lemma, len))
        }
        // "should be resolved", "was resolved": a settlement, not a resolve.
        "resolve" if is_passive(words, i) => None,
        _ => Some((class, lemma, len)),
    }
}

/// The cue table indexed by first word, built once: every token is looked
/// up, and most start no cue.
struct FirstWords {
    /// The cues starting with each word, in table order.
    #[expect(clippy::disallowed_types, reason = "looked up, never iterated")]
    cues: FxHashMap<&'static str, Vec<usize>>,
    /// The [`shape`]s of the first words: most words have none of them,
    /// which a bit test says without hashing the word.
    shapes: [u64; SHAPES / 64],
}

/// How many word shapes [`shape`] tells apart.
const SHAPES: usize = 16 * 128;

/// A word's length (up to 15) and first byte (up to 127): equal words have
/// equal shapes.
fn shape(word: &str) -> usize {
    let first = word.bytes().next().unwrap_or(0);
    word.len().min(15) * 128 + usize::from(first & 0x7f)
}

impl FirstWords {
    fn new() -> FirstWords {
        let mut first_words = FirstWords {
            cues: Default::default(),
            shapes: [0; SHAPES / 64],
        };
        for (k, (pattern, _, _)) in CUES.iter().enumerate() {
            first_words.cues.entry(pattern[0]).or_default().push(k);
            let bit = shape(pattern[0]);
            first_words.shapes[bit / 64] |= 1 << (bit % 64);
        }
        first_words
    }

    /// The cues starting with `word`, in table order.
    fn get(&self, word: &str) -> Option<&Vec<usize>> {
        let bit = shape(word);
        if self.shapes[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        self.cues.get(word)
    }
}

/// "held talks with", "held delegation-level talks with", "holds a bilateral
/// meeting with": the length of the cue at `i`.
fn held_talks_with(words: &[&str], i: usize) -> Option<usize> {
    if !matches!(words.get(i), Some(&("held" | "hold" | "holds" | "holding"))) {
        return None;
    }
    let talks = (i + 1..(i + 5).min(words.len())).find(|&j| {
        matches!(
            words[j],
            "talks" | "meeting" | "meetings" | "discussions" | "consultations"
        )
    })?;
    // "Mr. Sharif and Mr. He held a meeting": the subjects met each other.
    Some(if words.get(talks + 1) == Some(&"with") {
        talks + 2 - i
    } else {
        talks + 1 - i
    })
}

/// Whether the visit or meeting at `i` is one to come: "to visit", "to pay a
/// state visit", "would visit", "is scheduled to hold talks with", "would call on".
pub fn is_intended(words: &[&str], i: usize) -> bool {
    let before = |k: usize| i.checked_sub(k).map_or("", |p| words[p]);
    matches!(before(1), "to" | "would" | "will")
        // "the visit would take place at a mutually convenient time".
        || matches!(words.get(i + 1).copied(), Some("would" | "will"))
        || (1..=4).any(|k| {
            matches!(before(k), "pay" | "make" | "undertake") && before(k + 1) == "to"
        })
}

/// Whether the verb at `i` follows a form of "be", past adverbs: "should be
/// properly and peacefully resolved", "was welcomed".
pub fn is_passive(words: &[&str], i: usize) -> bool {
    words[..i]
        .iter()
        .rev()
        .find(|w| !(w.ends_with("ly") || matches!(**w, "and" | "further" | "also" | "then")))
        .is_some_and(|w| matches!(*w, "be" | "been" | "being" | "is" | "was" | "are" | "were"))
}

/// Whether token `i` makes a commitment uncertain: no COMMITTED_TO from its clause.
pub fn is_hedge(words: &[&str], i: usize) -> bool {
    let word = words[i];
    let before = i.checked_sub(1).map_or("", |p| words[p]);
    if word == "forward" {
        // "looked forward to" hedges; "push forward", "put forward" do not.
        return matches!(before, "look" | "looks" | "looked" | "looking");
    }
    matches!(
        word,
        "may"
            | "might"
            | "could"
            | "should"
            | "would"
            | "consider"
            | "considering"
            | "explore"
            | "exploring"
            | "plans"
            | "plan"
            | "planned"
            | "signalled"
            | "signaled"
            | "prospective"
            | "potential"
            | "possibility"
            | "hope"
            | "hoped"
            | "hopes"
            | "expected"
            | "likely"
            | "if"
            | "mulling"
            | "mulled"
            | "weighing"
    )
}

/// Words that negate the clause.
pub fn is_negation(word: &str) -> bool {
    matches!(
        word,
        "not"
            | "never"
            | "no"
            | "n't"
            | "neither"
            | "nor"
            | "refused"
            | "declined"
            | "failed"
            | "without"
    )
}

/// Words that end the object list of a clause: a purpose, a reason, a relative clause.
pub fn ends_clause(words: &[&str], i: usize) -> bool {
    let w = words[i];
    let next = words.get(i + 1).copied().unwrap_or("");
    matches!(
        w,
        ";" | "which"
            | "who"
            | "whose"
            | "where"
            | "while"
            | "whereas"
            | "given"
            | "because"
            | "amid"
            | "amidst"
            | "but"
            | "since"
            | "after"
            | "when"
    ) || (w == "aimed" && next == "at")
        || (w == "so" && next == "as")
        || (w == "in" && next == "order")
        || (w == "for" && matches!(next, "realization" | "realisation"))
        || (w == "as" && next == "part")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_cue_wins() {
        let words = ["they", "exchanged", "views", "on", "trade"];
        assert_eq!(
            cue_at(&words, 1),
            Some((CueClass::Discuss, "exchange views", 2))
        );
        let words = ["stand", "ready", "to"];
        assert_eq!(
            cue_at(&words, 0),
            Some((CueClass::Commit, "stand ready", 2))
        );
        assert_eq!(cue_at(&words, 2), None);
    }
}
