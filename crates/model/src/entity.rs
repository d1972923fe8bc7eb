//! Entities: what a node is (label + canonical name) and what is known of it.

use std::collections::BTreeSet;
use std::fmt;

use crate::{Date, Label};

/// The identity of a node: its label and canonical name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct EntityKey {
    pub label: Label,
    pub name: String,
}

impl EntityKey {
    pub fn new(label: Label, name: impl Into<String>) -> EntityKey {
        EntityKey {
            label,
            name: name.into(),
        }
    }

    /// The stable node id, `Label:slug` (`Official:ishaq-dar`), identical
    /// across runs, machines and shards.
    pub fn id(&self) -> String {
        let label = self.label.as_str();
        let mut id = String::with_capacity(label.len() + 1 + self.name.len());
        id.push_str(label);
        id.push(':');
        push_slug(&self.name, &mut id);
        id
    }
}

impl fmt::Display for EntityKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.name, self.label)
    }
}

/// Lower-case alphanumerics joined by single hyphens; Latin diacritics folded.
///
/// ```
/// assert_eq!(cpec_model::slug("7th Pakistan-China Foreign Ministers' Strategic Dialogue"),
///            "7th-pakistan-china-foreign-ministers-strategic-dialogue");
/// assert_eq!(cpec_model::slug("Zhōu Ēnlái"), "zhou-enlai");
/// ```
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    push_slug(name, &mut out);
    out
}

/// Appends the [`slug`] of `name` to `out`.
fn push_slug(name: &str, out: &mut String) {
    let base_len = out.len();
    // Names are mostly ASCII, and slugs are made per triple: a byte loop for them.
    if name.is_ascii() {
        let mut pending_hyphen = false;
        for b in name.bytes() {
            if b == b'\'' {
                continue;
            }
            if b.is_ascii_alphanumeric() {
                if pending_hyphen && out.len() > base_len {
                    out.push('-');
                }
                pending_hyphen = false;
                out.push(char::from(b.to_ascii_lowercase()));
            } else {
                pending_hyphen = true;
            }
        }
        return;
    }
    let mut pending_hyphen = false;
    for c in name.chars() {
        // An apostrophe joins ("Ministers'" → "ministers"), anything else separates.
        if matches!(c, '\'' | '’' | '‘') {
            continue;
        }
        match fold_diacritic(c) {
            Some(base) if base.is_alphanumeric() => {
                if pending_hyphen && out.len() > base_len {
                    out.push('-');
                }
                pending_hyphen = false;
                out.extend(base.to_lowercase());
            }
            _ => pending_hyphen = true,
        }
    }
}

/// The base letter of a Latin letter with a diacritic, the character itself otherwise.
fn fold_diacritic(c: char) -> Option<char> {
    // Names are mostly ASCII: no table walk for them (slugs are made per triple).
    if c.is_ascii() {
        return Some(c);
    }
    const FROM: &str = "àáâãäåāăąçćčďèéêëēėęěìíîïīįıñńňòóôõöøōőùúûüūůűųýÿžźżśšşţťŕřł";
    const TO: &str = "aaaaaaaaacccdeeeeeeeeiiiiiiinnnoooooooouuuuuuuuyyzzzsssttrrl";
    let lower = c.to_lowercase().next()?;
    match FROM.chars().position(|x| x == lower) {
        Some(i) => TO.chars().nth(i),
        None => Some(c),
    }
}

/// A node with what the text says about it.
///
/// Attributes that do not apply to the label stay empty. Merging two records of
/// the same entity ([`Entity::merge`]) is commutative and associative, so a graph
/// built from shards in any order is the graph built in one pass.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Entity {
    pub label: Label,
    pub name: String,
    /// Other surface forms, without the canonical name.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "BTreeSet::is_empty")
    )]
    pub aliases: BTreeSet<String>,
    /// Official: offices held ("Foreign Minister").
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "BTreeSet::is_empty")
    )]
    pub roles: BTreeSet<String>,
    /// Official: canonical name of the country served.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub country: Option<String>,
    /// Meeting: first day.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub start_date: Option<Date>,
    /// Meeting: last day.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub end_date: Option<Date>,
    /// Meeting: the round's number ("7th").
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub ordinal: Option<u32>,
    /// Agreement: instrument kind ("joint statement", "MoU"); Meeting: "visit", "round"…
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub kind: Option<String>,
    /// Agreement or Article: date issued.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub date: Option<Date>,
    /// Article: headline.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub title: Option<String>,
    /// Article: where it was read from.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub path: Option<String>,
}

impl Entity {
    pub fn new(label: Label, name: impl Into<String>) -> Entity {
        Entity {
            label,
            name: name.into(),
            aliases: BTreeSet::new(),
            roles: BTreeSet::new(),
            country: None,
            start_date: None,
            end_date: None,
            ordinal: None,
            kind: None,
            date: None,
            title: None,
            path: None,
        }
    }

    pub fn key(&self) -> EntityKey {
        EntityKey::new(self.label, self.name.clone())
    }

    pub fn id(&self) -> String {
        self.key().id()
    }

    /// Records a surface form, unless it is the canonical name itself.
    pub fn add_alias(&mut self, alias: &str) {
        let alias = alias.trim();
        // Most mentions repeat a known alias: no string to allocate then.
        if !alias.is_empty() && alias != self.name && !self.aliases.contains(alias) {
            self.aliases.insert(alias.to_string());
        }
    }

    /// Folds in another record of the same entity. Sets are united; for single
    /// values the earliest date, the latest end date and the smallest value win,
    /// which makes the result independent of merge order.
    pub fn merge(&mut self, other: &Entity) {
        debug_assert_eq!(self.key(), other.key());
        self.aliases.extend(other.aliases.iter().cloned());
        self.roles.extend(other.roles.iter().cloned());
        min_option(&mut self.country, &other.country);
        min_option(&mut self.start_date, &other.start_date);
        max_option(&mut self.end_date, &other.end_date);
        min_option(&mut self.ordinal, &other.ordinal);
        min_option(&mut self.kind, &other.kind);
        min_option(&mut self.date, &other.date);
        min_option(&mut self.title, &other.title);
        min_option(&mut self.path, &other.path);
    }
}

fn min_option<T: Ord + Clone>(mine: &mut Option<T>, theirs: &Option<T>) {
    if let Some(value) = theirs
        && mine.as_ref().is_none_or(|current| value < current)
    {
        *mine = Some(value.clone());
    }
}

fn max_option<T: Ord + Clone>(mine: &mut Option<T>, theirs: &Option<T>) {
    if let Some(value) = theirs
        && mine.as_ref().is_none_or(|current| value > current)
    {
        *mine = Some(value.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_label_and_slug() {
        assert_eq!(
            EntityKey::new(Label::Official, "Ishaq Dar").id(),
            "Official:ishaq-dar"
        );
        assert_eq!(
            slug("  ML-1 railway (Main Line-1) "),
            "ml-1-railway-main-line-1"
        );
        assert_eq!(slug("Action Plan 2025–2029"), "action-plan-2025-2029");
    }

    #[test]
    fn merge_is_order_independent() {
        let mut a = Entity::new(Label::Meeting, "M");
        a.start_date = Date::new(2026, 1, 4);
        a.add_alias("the dialogue");
        let mut b = Entity::new(Label::Meeting, "M");
        b.start_date = Date::new(2026, 1, 3);
        b.end_date = Date::new(2026, 1, 5);
        b.add_alias("the talks");
        let mut ab = a.clone();
        ab.merge(&b);
        let mut ba = b.clone();
        ba.merge(&a);
        assert_eq!(ab, ba);
        assert_eq!(ab.start_date, Date::new(2026, 1, 3));
        assert_eq!(ab.aliases.len(), 2);
    }
}
