//! The closed vocabulary of the ontology: node labels and relationship types.
//!
//! The names returned by `as_str` are the product contract (`schema/ontology.json`):
//! users query them in Neo4j and colour by them in Gephi. Never rename one.

use std::fmt;
use std::str::FromStr;

/// The kind of a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Label {
    /// A state. A capital used for its government is the Country.
    Country,
    /// A named person acting in an official role.
    Official,
    /// A government body, party, multilateral body, company or standing mechanism.
    Organization,
    /// A dated event where the parties met: a round, a visit, a summit, a ceremony.
    Meeting,
    /// A concrete undertaking with a physical or programmatic footprint.
    Project,
    /// A domain of cooperation, named by a normalised lower-case noun.
    Sector,
    /// A named policy, framework, programme or corridor.
    Initiative,
    /// An instrument issued or signed: joint statement, MoU, treaty.
    Agreement,
    /// A place that is not a Country.
    Location,
    /// One input document.
    Article,
}

impl Label {
    /// Every label, in the order of the ontology.
    pub const ALL: [Label; 10] = [
        Label::Country,
        Label::Official,
        Label::Organization,
        Label::Meeting,
        Label::Project,
        Label::Sector,
        Label::Initiative,
        Label::Agreement,
        Label::Location,
        Label::Article,
    ];

    /// The export name, as in Neo4j's `:LABEL` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Country => "Country",
            Label::Official => "Official",
            Label::Organization => "Organization",
            Label::Meeting => "Meeting",
            Label::Project => "Project",
            Label::Sector => "Sector",
            Label::Initiative => "Initiative",
            Label::Agreement => "Agreement",
            Label::Location => "Location",
            Label::Article => "Article",
        }
    }
}

/// A relationship type of the ontology.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "SCREAMING_SNAKE_CASE"))]
pub enum Relation {
    /// Official → Meeting: chaired or co-chaired.
    CoChaired,
    /// Official → Meeting: took part in, attended, addressed, was on the visit.
    Attended,
    /// Official → Official: met, held talks with, called on. Symmetric.
    Met,
    /// Official → Country, Location: visited, travelled to, was in.
    Visited,
    /// Official → Official: the host invited the visitor.
    Invited,
    /// Official → Country: the country an official serves.
    Represents,
    /// Official → Organization: holds a seat in a body.
    MemberOf,
    /// Meeting → Location, Country: where a meeting took place.
    HeldIn,
    /// Meeting → Agreement: issued after, or signed during, a meeting.
    Produced,
    /// Country, Official → Agreement: signed, inked, concluded.
    Signed,
    /// Country, Official, Organization → Project, Sector, Initiative, Agreement: a commitment.
    CommittedTo,
    /// Country, Official, Organization → any node: support, welcome, appreciation.
    Supports,
    /// Country, Official, Organization → any node: opposed, condemned, rejected.
    Opposes,
    /// Initiative, Meeting, Agreement → Sector: the sectors it centres on.
    FocusesOn,
    /// Meeting → any node: topics reviewed or discussed.
    Discussed,
    /// Project → Initiative; Initiative → Initiative; Organization → Organization.
    PartOf,
    /// Project, Location → Location, Country: where a project or place is.
    LocatedIn,
}

use Label::*;

const ACTORS: &[Label] = &[Country, Official, Organization];
const ANY_NODE: &[Label] = &[
    Country,
    Official,
    Organization,
    Meeting,
    Project,
    Sector,
    Initiative,
    Agreement,
    Location,
];

impl Relation {
    /// Every relationship type, in the order of the ontology.
    pub const ALL: [Relation; 17] = [
        Relation::CoChaired,
        Relation::Attended,
        Relation::Met,
        Relation::Visited,
        Relation::Invited,
        Relation::Represents,
        Relation::MemberOf,
        Relation::HeldIn,
        Relation::Produced,
        Relation::Signed,
        Relation::CommittedTo,
        Relation::Supports,
        Relation::Opposes,
        Relation::FocusesOn,
        Relation::Discussed,
        Relation::PartOf,
        Relation::LocatedIn,
    ];

    /// The position in [`Relation::ALL`], which is also the order of `Ord`.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The relation at `index` in [`Relation::ALL`].
    pub fn from_index(index: usize) -> Option<Relation> {
        Relation::ALL.get(index).copied()
    }

    /// The export name, as in Neo4j's `:TYPE` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::CoChaired => "CO_CHAIRED",
            Relation::Attended => "ATTENDED",
            Relation::Met => "MET",
            Relation::Visited => "VISITED",
            Relation::Invited => "INVITED",
            Relation::Represents => "REPRESENTS",
            Relation::MemberOf => "MEMBER_OF",
            Relation::HeldIn => "HELD_IN",
            Relation::Produced => "PRODUCED",
            Relation::Signed => "SIGNED",
            Relation::CommittedTo => "COMMITTED_TO",
            Relation::Supports => "SUPPORTS",
            Relation::Opposes => "OPPOSES",
            Relation::FocusesOn => "FOCUSES_ON",
            Relation::Discussed => "DISCUSSED",
            Relation::PartOf => "PART_OF",
            Relation::LocatedIn => "LOCATED_IN",
        }
    }

    /// Labels allowed at the start of the edge.
    pub fn domain(self) -> &'static [Label] {
        match self {
            Relation::CoChaired
            | Relation::Attended
            | Relation::Met
            | Relation::Visited
            | Relation::Invited
            | Relation::Represents
            | Relation::MemberOf => &[Official],
            Relation::HeldIn | Relation::Produced | Relation::Discussed => &[Meeting],
            Relation::Signed => &[Country, Official],
            Relation::CommittedTo | Relation::Supports | Relation::Opposes => ACTORS,
            Relation::FocusesOn => &[Initiative, Meeting, Agreement],
            Relation::PartOf => &[Project, Initiative, Organization],
            Relation::LocatedIn => &[Project, Location],
        }
    }

    /// Labels allowed at the end of the edge.
    pub fn range(self) -> &'static [Label] {
        match self {
            Relation::CoChaired | Relation::Attended => &[Meeting],
            Relation::Met | Relation::Invited => &[Official],
            Relation::Visited | Relation::HeldIn | Relation::LocatedIn => &[Location, Country],
            Relation::Represents => &[Country],
            Relation::MemberOf => &[Organization],
            Relation::Produced | Relation::Signed => &[Agreement],
            Relation::CommittedTo => &[Project, Sector, Initiative, Agreement],
            Relation::Supports | Relation::Opposes | Relation::Discussed => ANY_NODE,
            Relation::FocusesOn => &[Sector],
            Relation::PartOf => &[Initiative, Organization],
        }
    }

    /// Whether an edge of this type may run from `from` to `to`.
    ///
    /// `PART_OF` is finer than its domain and range: a Project or Initiative is
    /// part of an Initiative, an Organization part of an Organization.
    pub fn allows(self, from: Label, to: Label) -> bool {
        let fits = self.domain().contains(&from) && self.range().contains(&to);
        match self {
            Relation::PartOf => fits && ((from == Organization) == (to == Organization)),
            _ => fits,
        }
    }

    /// Whether `a REL b` states the same fact as `b REL a`.
    pub fn is_symmetric(self) -> bool {
        self == Relation::Met
    }
}

/// A name that is not in the closed vocabulary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownName {
    pub kind: &'static str,
    pub name: String,
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} {:?}", self.kind, self.name)
    }
}

impl std::error::Error for UnknownName {}

impl FromStr for Label {
    type Err = UnknownName;

    fn from_str(s: &str) -> Result<Label, UnknownName> {
        Label::ALL
            .into_iter()
            .find(|label| label.as_str() == s)
            .ok_or_else(|| UnknownName {
                kind: "label",
                name: s.to_string(),
            })
    }
}

impl FromStr for Relation {
    type Err = UnknownName;

    fn from_str(s: &str) -> Result<Relation, UnknownName> {
        Relation::ALL
            .into_iter()
            .find(|relation| relation.as_str() == s)
            .ok_or_else(|| UnknownName {
                kind: "relationship type",
                name: s.to_string(),
            })
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Relation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indices_follow_the_ontology_order() {
        for (index, relation) in Relation::ALL.into_iter().enumerate() {
            assert_eq!(relation.index(), index);
            assert_eq!(Relation::from_index(index), Some(relation));
        }
        assert_eq!(Relation::from_index(Relation::ALL.len()), None);
        assert!(Relation::ALL.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn names_round_trip() {
        for label in Label::ALL {
            assert_eq!(label.as_str().parse::<Label>(), Ok(label));
        }
        for relation in Relation::ALL {
            assert_eq!(relation.as_str().parse::<Relation>(), Ok(relation));
        }
        assert!("COMMITS_TO".parse::<Relation>().is_err());
    }

    #[test]
    fn part_of_keeps_organizations_apart() {
        assert!(Relation::PartOf.allows(Project, Initiative));
        assert!(Relation::PartOf.allows(Organization, Organization));
        assert!(!Relation::PartOf.allows(Organization, Initiative));
        assert!(!Relation::PartOf.allows(Project, Organization));
    }
}
