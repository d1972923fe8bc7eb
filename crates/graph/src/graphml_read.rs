//! Reading GraphML written by `write_graphml` back into its flat view.

use std::collections::BTreeMap;

use crate::fields::{Record, assemble};
use crate::graphml::LIST_SEPARATOR;
use crate::text::nmtoken_decode;
use crate::xml_tree::{self, Element};
use crate::{FlatGraph, ReadError};

fn malformed(message: impl Into<String>) -> ReadError {
    ReadError::Malformed {
        format: "GraphML",
        message: message.into(),
    }
}

/// The `<data>` of an element, by `attr.name` of its key.
fn data<'a>(element: &'a Element, keys: &BTreeMap<&str, &'a str>) -> Result<Record<'a>, ReadError> {
    let mut values = BTreeMap::new();
    for data in element.children("data") {
        let key = data.attribute("key").unwrap_or_default();
        let name = keys
            .get(key)
            .ok_or_else(|| malformed(format!("<data> of the undeclared key {key:?}")))?;
        values.insert(*name, data.text.as_str());
    }
    Ok(values)
}

/// The decoded id in attribute `name` of `element`.
fn id(element: &Element, name: &str) -> Result<String, ReadError> {
    let token = element
        .attribute(name)
        .ok_or_else(|| malformed(format!("<{}> without {name}", element.name)))?;
    nmtoken_decode(token).ok_or_else(|| malformed(format!("{name} {token:?} is not an encoded id")))
}

/// Reads GraphML written by [`write_graphml`](crate::write_graphml) back
/// into the [`FlatGraph`] it was written from.
///
/// What the writer changed does not come back: characters XML forbids are
/// spaces, a `;` inside a list element is a `,`. The writer's visual keys
/// (`label`, `weight`, `r`, `g`, `b`, `size`, `symmetric`) are ignored. The
/// graph is checked as [`read_json`](crate::read_json) checks it.
pub fn read_graphml(text: &str) -> Result<FlatGraph, ReadError> {
    let root = xml_tree::parse(text).map_err(malformed)?;
    if root.name != "graphml" {
        return Err(malformed(format!(
            "the root is <{}>, not <graphml>",
            root.name
        )));
    }
    let mut keys: [BTreeMap<&str, &str>; 2] = Default::default();
    for key in root.children("key") {
        let slot = match key.attribute("for") {
            Some("node") => 0,
            Some("edge") => 1,
            _ => continue,
        };
        let (Some(id), Some(name)) = (key.attribute("id"), key.attribute("attr.name")) else {
            return Err(malformed("<key> without id or attr.name"));
        };
        keys[slot].insert(id, name);
    }
    let [node_keys, edge_keys] = &keys;
    let graph = root.child("graph").ok_or_else(|| malformed("no <graph>"))?;
    let mut nodes = Vec::new();
    for node in graph.children("node") {
        nodes.push((id(node, "id")?, data(node, node_keys)?));
    }
    let mut edges = Vec::new();
    for edge in graph.children("edge") {
        edges.push((
            id(edge, "source")?,
            id(edge, "target")?,
            data(edge, edge_keys)?,
        ));
    }
    assemble("GraphML", LIST_SEPARATOR, nodes, edges)
}
