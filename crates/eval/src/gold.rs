//! The gold annotation of one article and its JSON reader (`schema/gold.schema.json`).

use std::collections::BTreeSet;
use std::fmt;

use cpec_model::{Date, Entity, Label, Relation};
use serde::{Deserialize, Serialize};

/// The reference graph of one article, as a person annotated it.
///
/// ## Wire format
///
/// One JSON object per article (`schema/gold.schema.json`):
///
/// ```json
/// {"article": "000_63eb1184c8b0a74b.txt",
///  "date": "2026-01-05",
///  "entities": [{"label": "Official", "name": "Ishaq Dar", "aliases": ["Dar", "DPM/FM"]}],
///  "edges": [{"from": "Ishaq Dar", "type": "CO_CHAIRED",
///             "to": "7th Pakistan-China Foreign Ministers' Strategic Dialogue"}]}
/// ```
///
/// `date` and `aliases` may be left out; other fields of an entity are ignored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldArticle {
    /// File name of the article (`000_63eb1184c8b0a74b.txt`).
    pub article: String,
    /// ISO date (`YYYY-MM-DD`) the statements were made, when the text fixes it.
    #[serde(default)]
    pub date: Option<String>,
    pub entities: Vec<GoldEntity>,
    pub edges: Vec<GoldEdge>,
}

/// A node of the gold graph: its label, canonical name and other surface forms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldEntity {
    pub label: Label,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

impl GoldEntity {
    /// The [`Entity`] a perfect extraction would give: same label, name and aliases.
    pub fn to_entity(&self) -> Entity {
        let mut entity = Entity::new(self.label, self.name.clone());
        for alias in &self.aliases {
            entity.add_alias(alias);
        }
        entity
    }
}

/// An edge of the gold graph between two entities named by their `name`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct GoldEdge {
    pub from: String,
    #[serde(rename = "type")]
    pub relation: Relation,
    pub to: String,
}

/// One canonical line: `Ishaq Dar -CO_CHAIRED-> 7th Pakistan-China Foreign Ministers' Strategic Dialogue`.
impl fmt::Display for GoldEdge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} -{}-> {}", self.from, self.relation, self.to)
    }
}

impl GoldArticle {
    /// The article id: the file name without directory and extension
    /// (`000_63eb1184c8b0a74b`), as in [`cpec_model::Extraction::article`].
    pub fn id(&self) -> &str {
        let file = self
            .article
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(&self.article);
        match file.rfind('.') {
            Some(dot) if dot > 0 => &file[..dot],
            _ => file,
        }
    }

    /// The entity with this canonical name.
    pub fn entity(&self, name: &str) -> Option<&GoldEntity> {
        self.entities.iter().find(|entity| entity.name == name)
    }
}

/// Why a gold file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum GoldError {
    /// Not JSON, or not of the gold format (a missing field, an unknown label or type).
    #[error("line {line}, column {column}: {message}")]
    Json {
        line: usize,
        column: usize,
        message: String,
    },
    /// `date` is neither null nor a real day written `YYYY-MM-DD`.
    #[error("date {date:?} is not an ISO date YYYY-MM-DD")]
    Date { date: String },
    /// An entity without a name.
    #[error("entities[{index}]: the name is empty")]
    EmptyName { index: usize },
    /// Two entities with one name, which would make edges ambiguous.
    #[error("entities[{index}]: the name {name:?} is already used by another entity")]
    DuplicateName { index: usize, name: String },
    /// An edge endpoint that is no entity's `name` (an alias does not count).
    #[error("edges[{index}] ({edge}): {endpoint:?} is not the name of an entity of the file")]
    UnknownEndpoint {
        index: usize,
        edge: String,
        endpoint: String,
    },
}

impl From<serde_json::Error> for GoldError {
    fn from(err: serde_json::Error) -> GoldError {
        let (line, column) = (err.line(), err.column());
        let text = err.to_string();
        let location = format!(" at line {line} column {column}");
        let message = text.strip_suffix(&location).unwrap_or(&text).to_string();
        GoldError::Json {
            line,
            column,
            message,
        }
    }
}

/// Reads and checks one gold file.
///
/// Besides the JSON shape, it checks that `date` is a real ISO day, that names
/// are non-empty and unique, and that every edge endpoint is the `name` of an
/// entity of the file.
///
/// ```
/// let err = cpec_eval::parse_gold(r#"{"article": "a.txt", "entities": [],
///   "edges": [{"from": "Pakistan", "type": "SIGNED", "to": "CPFTA"}]}"#).unwrap_err();
/// assert!(err.to_string().starts_with("edges[0] (Pakistan -SIGNED-> CPFTA)"));
///
/// let err = cpec_eval::parse_gold("{\"article\": \"a.txt\",\n \"entities\": [{\"label\": \"Person\"").unwrap_err();
/// assert!(err.to_string().starts_with("line 2, column "));
/// ```
pub fn parse_gold(text: &str) -> Result<GoldArticle, GoldError> {
    let gold: GoldArticle = serde_json::from_str(text)?;
    if let Some(date) = &gold.date
        && date.parse::<Date>().is_err()
    {
        return Err(GoldError::Date { date: date.clone() });
    }
    let mut names = BTreeSet::new();
    for (index, entity) in gold.entities.iter().enumerate() {
        if entity.name.trim().is_empty() {
            return Err(GoldError::EmptyName { index });
        }
        if !names.insert(entity.name.as_str()) {
            return Err(GoldError::DuplicateName {
                index,
                name: entity.name.clone(),
            });
        }
    }
    for (index, edge) in gold.edges.iter().enumerate() {
        for endpoint in [&edge.from, &edge.to] {
            if !names.contains(endpoint.as_str()) {
                return Err(GoldError::UnknownEndpoint {
                    index,
                    edge: edge.to_string(),
                    endpoint: endpoint.clone(),
                });
            }
        }
    }
    Ok(gold)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r#"{
 "article": "dir/002_ff9d479821ec2384.txt",
 "date": "2025-01-12",
 "entities": [
  {"label": "Official", "name": "Amna Baloch", "aliases": ["Baloch"], "note": "ignored"},
  {"label": "Official", "name": "Ma Zhaoxu"}
 ],
 "edges": [{"from": "Amna Baloch", "type": "MET", "to": "Ma Zhaoxu"}]
}"#;

    #[test]
    fn reads_the_gold_format() {
        let gold = parse_gold(SMALL).unwrap();
        assert_eq!(gold.id(), "002_ff9d479821ec2384");
        assert_eq!(gold.date.as_deref(), Some("2025-01-12"));
        assert_eq!(gold.entities[0].aliases, ["Baloch"]);
        assert!(gold.entities[1].aliases.is_empty());
        assert_eq!(gold.edges[0].relation, Relation::Met);
        assert_eq!(gold.edges[0].to_string(), "Amna Baloch -MET-> Ma Zhaoxu");
        assert_eq!(gold.entity("Ma Zhaoxu").unwrap().label, Label::Official);
    }

    #[test]
    fn json_errors_carry_line_and_column() {
        let text = SMALL.replace("\"MET\"", "\"MEETS\"");
        match parse_gold(&text).unwrap_err() {
            GoldError::Json {
                line,
                column,
                message,
            } => {
                assert_eq!(line, 8);
                assert!(column > 30, "column {column}");
                assert!(message.contains("MEETS"), "{message}");
                assert!(!message.contains("at line"), "{message}");
            }
            other => panic!("unexpected {other:?}"),
        }
        let text = SMALL.replace("\"name\": \"Ma Zhaoxu\"", "\"nom\": \"Ma Zhaoxu\"");
        let err = parse_gold(&text).unwrap_err();
        assert!(matches!(err, GoldError::Json { line: 6, .. }), "{err}");
        assert!(err.to_string().contains("missing field `name`"), "{err}");
    }

    #[test]
    fn edges_must_name_entities() {
        let text = SMALL.replace("\"to\": \"Ma Zhaoxu\"", "\"to\": \"Ma\"");
        let err = parse_gold(&text).unwrap_err();
        assert_eq!(
            err.to_string(),
            "edges[0] (Amna Baloch -MET-> Ma): \"Ma\" is not the name of an entity of the file"
        );
        // An alias is not a name.
        let text = SMALL.replace("\"from\": \"Amna Baloch\"", "\"from\": \"Baloch\"");
        assert!(matches!(
            parse_gold(&text),
            Err(GoldError::UnknownEndpoint { index: 0, .. })
        ));
    }

    #[test]
    fn names_are_unique_and_dates_real() {
        let text = SMALL.replace("\"name\": \"Ma Zhaoxu\"", "\"name\": \"Amna Baloch\"");
        assert!(matches!(
            parse_gold(&text),
            Err(GoldError::DuplicateName { index: 1, .. })
        ));
        let text = SMALL.replace("2025-01-12", "2025-02-30");
        assert!(matches!(parse_gold(&text), Err(GoldError::Date { .. })));
        let text = SMALL.replace("\"2025-01-12\"", "null");
        assert_eq!(parse_gold(&text).unwrap().date, None);
    }
}
