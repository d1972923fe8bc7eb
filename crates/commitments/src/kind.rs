//! The kind of a commitment mention, read from the relationship and the cue's lemma.

use std::fmt;

use cpec_model::Relation;

/// What a sentence does with a commitment: agree to it, pledge it, reaffirm it, sign it…
///
/// The kind comes from the edge's `verb` (the lemma of the cue that fired,
/// see `crates/extract/RULES.md`, rule `commit.cue`) and, for `SIGNED`, from
/// the relationship itself:
///
/// | kind | lemmas |
/// |---|---|
/// | `agreement` | agree (also "consensus to"), decide |
/// | `pledge` | pledge, commit, vow, undertake, resolve, promise, determine |
/// | `reaffirmation` | reaffirm, reiterate, continue ("will continue to") |
/// | `signature` | every `SIGNED` edge: sign, ink, conclude |
/// | `readiness` | ready, stand ready, willing |
/// | `emphasis` | underscore, underline, emphasize ("underscored the need to") |
/// | `revival` | restart, revive, relaunch |
/// | `other` | any other lemma; the mention keeps its `verb` |
///
/// There is no "hedged" kind: the extractor drops hedged and negated clauses
/// before it emits `COMMITTED_TO` ("may consider", "plans to", "not"), so no
/// mention that reaches this crate is hedged. `readiness` is the weakest kind
/// that remains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Agreement,
    Pledge,
    Reaffirmation,
    Signature,
    Readiness,
    Emphasis,
    Revival,
    Other,
}

impl Kind {
    /// Every kind, in the order of the table above.
    pub const ALL: [Kind; 8] = [
        Kind::Agreement,
        Kind::Pledge,
        Kind::Reaffirmation,
        Kind::Signature,
        Kind::Readiness,
        Kind::Emphasis,
        Kind::Revival,
        Kind::Other,
    ];

    /// The kind of a `COMMITTED_TO` or `SIGNED` edge with the cue lemma `verb`.
    ///
    /// ```
    /// use cpec_commitments::Kind;
    /// use cpec_model::Relation;
    ///
    /// assert_eq!(Kind::of(Relation::CommittedTo, "reiterate"), Kind::Reaffirmation);
    /// assert_eq!(Kind::of(Relation::Signed, "ink"), Kind::Signature);
    /// assert_eq!(Kind::of(Relation::CommittedTo, "stand ready"), Kind::Readiness);
    /// ```
    pub fn of(relation: Relation, verb: &str) -> Kind {
        if relation == Relation::Signed {
            return Kind::Signature;
        }
        match verb {
            "agree" | "decide" => Kind::Agreement,
            "pledge" | "commit" | "vow" | "undertake" | "resolve" | "promise" | "determine" => {
                Kind::Pledge
            }
            "reaffirm" | "reiterate" | "continue" => Kind::Reaffirmation,
            "sign" | "ink" | "conclude" => Kind::Signature,
            "ready" | "stand ready" | "willing" => Kind::Readiness,
            "underscore" | "underline" | "emphasize" => Kind::Emphasis,
            "restart" | "revive" | "relaunch" => Kind::Revival,
            _ => Kind::Other,
        }
    }

    /// The name written in every output: `agreement`, `pledge`, …
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Agreement => "agreement",
            Kind::Pledge => "pledge",
            Kind::Reaffirmation => "reaffirmation",
            Kind::Signature => "signature",
            Kind::Readiness => "readiness",
            Kind::Emphasis => "emphasis",
            Kind::Revival => "revival",
            Kind::Other => "other",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Kind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every lemma the extractor gives a `COMMITTED_TO` edge, from `crates/extract/src/cues.rs`.
    const COMMIT_LEMMAS: &[&str] = &[
        "agree",
        "commit",
        "continue",
        "decide",
        "determine",
        "emphasize",
        "pledge",
        "promise",
        "ready",
        "reaffirm",
        "reiterate",
        "relaunch",
        "resolve",
        "restart",
        "revive",
        "stand ready",
        "underline",
        "underscore",
        "undertake",
        "vow",
        "willing",
    ];

    #[test]
    fn every_commitment_lemma_has_a_kind() {
        for lemma in COMMIT_LEMMAS {
            assert_ne!(
                Kind::of(Relation::CommittedTo, lemma),
                Kind::Other,
                "{lemma}"
            );
        }
        assert_eq!(Kind::of(Relation::CommittedTo, "frobnicate"), Kind::Other);
    }

    #[test]
    fn names_are_distinct() {
        let names: std::collections::BTreeSet<&str> =
            Kind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(names.len(), Kind::ALL.len());
    }
}
