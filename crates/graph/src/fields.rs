//! The properties of flat nodes and edges as named, typed text fields, shared by every flat format.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::str::FromStr;

use cpec_model::{Entity, Evidence, Label, Relation, Span};

use crate::text::{float, list_items};
use crate::{FlatEdge, FlatGraph, FlatNode, ReadError};

/// What a field holds, and so how it is written and parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Text,
    Int,
    Float,
    /// ISO `YYYY-MM-DD`.
    Date,
    /// A set of texts, joined by the format's separator.
    List,
}

/// One property: its name in every format and its kind.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Field {
    pub(crate) name: &'static str,
    pub(crate) kind: Kind,
}

const fn field(name: &'static str, kind: Kind) -> Field {
    Field { name, kind }
}

/// The node properties besides id and label, in export order.
pub(crate) const NODE_FIELDS: [Field; 12] = [
    field("name", Kind::Text),
    field("aliases", Kind::List),
    field("roles", Kind::List),
    field("country", Kind::Text),
    field("start_date", Kind::Date),
    field("end_date", Kind::Date),
    field("ordinal", Kind::Int),
    field("kind", Kind::Text),
    field("date", Kind::Date),
    field("title", Kind::Text),
    field("path", Kind::Text),
    field("mentions", Kind::Int),
];

/// The edge properties besides the ends and the type, in export order.
/// `verb` to `rule` and `confidence` are those of the primary mention.
pub(crate) const EDGE_FIELDS: [Field; 13] = [
    field("mentions", Kind::Int),
    field("first_date", Kind::Date),
    field("last_date", Kind::Date),
    field("confidence", Kind::Float),
    field("verb", Kind::Text),
    field("article", Kind::Text),
    field("sentence", Kind::Int),
    field("span", Kind::Text),
    field("evidence", Kind::Text),
    field("date", Kind::Date),
    field("meeting", Kind::Text),
    field("rule", Kind::Text),
    field("articles", Kind::List),
];

/// A field's value before the format cleans and joins it; empty means absent.
#[derive(Debug, Clone)]
pub(crate) enum Value {
    Text(String),
    List(Vec<String>),
}

impl Value {
    fn opt(value: Option<impl ToString>) -> Value {
        Value::Text(value.map(|value| value.to_string()).unwrap_or_default())
    }

    fn list<'a, S: AsRef<str> + 'a>(items: impl IntoIterator<Item = &'a S>) -> Value {
        Value::List(
            items
                .into_iter()
                .map(|item| item.as_ref().to_string())
                .collect(),
        )
    }

    /// The value as one field: text cleaned by `clean`, list elements by
    /// [`list_items`] and joined by `separator`.
    pub(crate) fn render(self, clean: fn(&str) -> Cow<'_, str>, separator: &str) -> String {
        match self {
            // Kept as it is unless cleaning changed it: no copy.
            Value::Text(text) => {
                let cleaned = match clean(&text) {
                    Cow::Owned(cleaned) => Some(cleaned),
                    Cow::Borrowed(_) => None,
                };
                cleaned.unwrap_or(text)
            }
            Value::List(items) => {
                list_items(items.iter().map(String::as_str), clean).join(separator)
            }
        }
    }
}

/// The values of [`NODE_FIELDS`] for `node`.
pub(crate) fn node_values(node: &FlatNode) -> [Value; 12] {
    let entity = &node.entity;
    [
        Value::Text(entity.name.clone()),
        Value::list(&entity.aliases),
        Value::list(&entity.roles),
        Value::opt(entity.country.as_ref()),
        Value::opt(entity.start_date),
        Value::opt(entity.end_date),
        Value::opt(entity.ordinal),
        Value::opt(entity.kind.as_ref()),
        Value::opt(entity.date),
        Value::opt(entity.title.as_ref()),
        Value::opt(entity.path.as_ref()),
        Value::Text(node.mentions.to_string()),
    ]
}

/// The values of [`EDGE_FIELDS`] for `edge`.
pub(crate) fn edge_values(edge: &FlatEdge) -> [Value; 13] {
    let primary = edge.primary.as_ref();
    let text = |get: fn(&Evidence) -> String| Value::opt(primary.map(get));
    [
        Value::Text(edge.mentions.to_string()),
        Value::opt(edge.first_date),
        Value::opt(edge.last_date),
        text(|p| float(p.confidence)),
        text(|p| p.verb.to_string()),
        text(|p| p.article.to_string()),
        text(|p| p.sentence.to_string()),
        text(|p| p.span.to_string()),
        text(|p| p.text.to_string()),
        Value::opt(primary.and_then(|p| p.date)),
        Value::opt(primary.and_then(|p| p.meeting.clone())),
        text(|p| p.rule.to_string()),
        Value::list(&edge.articles),
    ]
}

/// A field that is missing where it is required, or does not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FieldError {
    pub(crate) field: &'static str,
    pub(crate) value: String,
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.value.is_empty() {
            write!(f, "{} is missing", self.field)
        } else {
            write!(f, "{} has the invalid value {:?}", self.field, self.value)
        }
    }
}

/// Reads the raw (unescaped, uncleaned) fields of one record: `get(name)`
/// gives the field's text, `None` or empty when absent.
pub(crate) struct Fields<'a> {
    get: &'a dyn Fn(&str) -> Option<&'a str>,
    separator: &'a str,
}

impl<'a> Fields<'a> {
    pub(crate) fn new(get: &'a dyn Fn(&str) -> Option<&'a str>, separator: &'a str) -> Fields<'a> {
        Fields { get, separator }
    }

    fn raw(&self, field: &'static str) -> &'a str {
        (self.get)(field).unwrap_or_default()
    }

    fn text(&self, field: &'static str) -> String {
        self.raw(field).to_string()
    }

    fn opt_text(&self, field: &'static str) -> Option<String> {
        Some(self.raw(field))
            .filter(|value| !value.is_empty())
            .map(str::to_string)
    }

    fn opt<T: FromStr>(&self, field: &'static str) -> Result<Option<T>, FieldError> {
        let value = self.raw(field);
        if value.is_empty() {
            return Ok(None);
        }
        value.parse().map(Some).map_err(|_| FieldError {
            field,
            value: value.to_string(),
        })
    }

    fn required<T: FromStr>(&self, field: &'static str) -> Result<T, FieldError> {
        self.opt(field)?.ok_or(FieldError {
            field,
            value: String::new(),
        })
    }

    fn set(&self, field: &'static str) -> BTreeSet<String> {
        let value = self.raw(field);
        if value.is_empty() {
            return BTreeSet::new();
        }
        value.split(self.separator).map(str::to_string).collect()
    }

    fn span(&self, field: &'static str) -> Result<Span, FieldError> {
        let value = self.raw(field);
        let parsed = value
            .split_once("..")
            .and_then(|(start, end)| Some((start.parse().ok()?, end.parse().ok()?)))
            .filter(|(start, end)| start <= end);
        parsed
            .map(|(start, end)| Span::new(start, end))
            .ok_or(FieldError {
                field,
                value: value.to_string(),
            })
    }

    /// The node with this id and label.
    pub(crate) fn node(&self, id: String, label: Label) -> Result<FlatNode, FieldError> {
        let entity = Entity {
            label,
            name: self.text("name"),
            aliases: self.set("aliases"),
            roles: self.set("roles"),
            country: self.opt_text("country"),
            start_date: self.opt("start_date")?,
            end_date: self.opt("end_date")?,
            ordinal: self.opt("ordinal")?,
            kind: self.opt_text("kind"),
            date: self.opt("date")?,
            title: self.opt_text("title"),
            path: self.opt_text("path"),
        };
        Ok(FlatNode {
            id,
            entity,
            mentions: self.required("mentions")?,
        })
    }

    /// The edge between these ends; it has a primary mention when `sentence` is set.
    pub(crate) fn edge(
        &self,
        from: String,
        relation: Relation,
        to: String,
    ) -> Result<FlatEdge, FieldError> {
        let primary = match self.opt("sentence")? {
            None => None,
            Some(sentence) => Some(Evidence {
                article: self.text("article").into(),
                sentence,
                span: self.span("span")?,
                text: self.text("evidence").into(),
                verb: self.text("verb").into(),
                rule: self.text("rule").into(),
                date: self.opt("date")?,
                meeting: self.opt_text("meeting").map(Into::into),
                confidence: self.required("confidence")?,
            }),
        };
        Ok(FlatEdge {
            from,
            relation,
            to,
            mentions: self.required("mentions")?,
            first_date: self.opt("first_date")?,
            last_date: self.opt("last_date")?,
            primary,
            articles: self.set("articles").into_iter().map(Into::into).collect(),
        })
    }
}

/// One record as read from a file: field name → raw text. `type` holds the
/// node's label or the edge's relationship type.
pub(crate) type Record<'a> = BTreeMap<&'a str, &'a str>;

/// The checked graph of these node records (id, fields) and edge records
/// (from, to, fields), whose lists are joined by `separator`.
pub(crate) fn assemble(
    format: &'static str,
    separator: &str,
    nodes: Vec<(String, Record<'_>)>,
    edges: Vec<(String, String, Record<'_>)>,
) -> Result<FlatGraph, ReadError> {
    let malformed = |what: String, message: &dyn std::fmt::Display| ReadError::Malformed {
        format,
        message: format!("{what}: {message}"),
    };
    let mut flat = FlatGraph::default();
    for (id, record) in nodes {
        let what = format!("node {id:?}");
        let get = |name: &str| record.get(name).copied();
        let label: Label = get("type")
            .unwrap_or_default()
            .parse()
            .map_err(|err| malformed(what.clone(), &err))?;
        let node = Fields::new(&get, separator).node(id, label);
        flat.nodes.push(node.map_err(|err| malformed(what, &err))?);
    }
    for (from, to, record) in edges {
        let what = format!("edge {from:?} -> {to:?}");
        let get = |name: &str| record.get(name).copied();
        let relation: Relation = get("type")
            .unwrap_or_default()
            .parse()
            .map_err(|err| malformed(what.clone(), &err))?;
        let edge = Fields::new(&get, separator).edge(from, relation, to);
        flat.edges.push(edge.map_err(|err| malformed(what, &err))?);
    }
    flat.checked()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_fields_agree_in_length_and_order() {
        let node = FlatNode {
            id: "Official:a".to_string(),
            entity: Entity::new(Label::Official, "A"),
            mentions: 3,
        };
        let values = node_values(&node);
        assert_eq!(values.len(), NODE_FIELDS.len());
        assert!(matches!(&values[0], Value::Text(name) if name == "A"));
        assert!(matches!(&values[11], Value::Text(n) if n == "3"));
    }

    #[test]
    fn spans_must_be_ordered_pairs() {
        for (raw, ok) in [
            ("1..5", true),
            ("5..1", false),
            ("1-5", false),
            ("x..2", false),
        ] {
            let get = move |name: &str| (name == "span").then_some(raw);
            let fields = Fields::new(&get, ";");
            assert_eq!(fields.span("span").is_ok(), ok, "{raw}");
        }
    }
}
