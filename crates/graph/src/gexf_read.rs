//! Reading GEXF written by `write_gexf` back into its flat view.

use std::collections::BTreeMap;

use crate::fields::{Record, assemble};
use crate::graphml::LIST_SEPARATOR;
use crate::xml_tree::{self, Element};
use crate::{FlatGraph, ReadError};

fn malformed(message: impl Into<String>) -> ReadError {
    ReadError::Malformed {
        format: "GEXF",
        message: message.into(),
    }
}

/// The `<attvalues>` of an element, by title of their attribute.
fn attvalues<'a>(
    element: &'a Element,
    titles: &BTreeMap<&str, &'a str>,
) -> Result<Record<'a>, ReadError> {
    let mut values = BTreeMap::new();
    for value in element
        .children("attvalues")
        .flat_map(|a| a.children("attvalue"))
    {
        let key = value.attribute("for").unwrap_or_default();
        let title = titles
            .get(key)
            .ok_or_else(|| malformed(format!("<attvalue> for the undeclared {key:?}")))?;
        values.insert(*title, value.attribute("value").unwrap_or_default());
    }
    Ok(values)
}

fn attribute(element: &Element, name: &str) -> Result<String, ReadError> {
    element
        .attribute(name)
        .map(str::to_string)
        .ok_or_else(|| malformed(format!("<{}> without {name}", element.name)))
}

/// Reads GEXF written by [`write_gexf`](crate::write_gexf) back into the
/// [`FlatGraph`] it was written from.
///
/// Values come from the `<attvalues>`; `label`, `kind`, `weight`, spells and
/// `viz:` elements are derived from them and ignored. What the writer
/// changed does not come back: characters XML forbids are spaces, a `;`
/// inside a list element is a `,`. The graph is checked as
/// [`read_json`](crate::read_json) checks it.
pub fn read_gexf(text: &str) -> Result<FlatGraph, ReadError> {
    let root = xml_tree::parse(text).map_err(malformed)?;
    if root.name != "gexf" {
        return Err(malformed(format!(
            "the root is <{}>, not <gexf>",
            root.name
        )));
    }
    let graph = root.child("graph").ok_or_else(|| malformed("no <graph>"))?;
    let mut titles: [BTreeMap<&str, &str>; 2] = Default::default();
    for attributes in graph.children("attributes") {
        let slot = match attributes.attribute("class") {
            Some("node") => 0,
            Some("edge") => 1,
            _ => continue,
        };
        for declared in attributes.children("attribute") {
            let (Some(id), Some(title)) = (declared.attribute("id"), declared.attribute("title"))
            else {
                return Err(malformed("<attribute> without id or title"));
            };
            titles[slot].insert(id, title);
        }
    }
    let [node_titles, edge_titles] = &titles;
    let mut nodes = Vec::new();
    for node in graph.children("nodes").flat_map(|n| n.children("node")) {
        nodes.push((attribute(node, "id")?, attvalues(node, node_titles)?));
    }
    let mut edges = Vec::new();
    for edge in graph.children("edges").flat_map(|e| e.children("edge")) {
        let (from, to) = (attribute(edge, "source")?, attribute(edge, "target")?);
        edges.push((from, to, attvalues(edge, edge_titles)?));
    }
    assemble("GEXF", LIST_SEPARATOR, nodes, edges)
}
