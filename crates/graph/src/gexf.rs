//! GEXF 1.3 export for Gephi: typed attributes, edge kinds, colours, sizes and a timeline.

use std::collections::BTreeMap;
use std::io::{self, Write};

use cpec_model::Date;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use crate::fields::{EDGE_FIELDS, Field, Kind, NODE_FIELDS, edge_values, node_values};
use crate::flat::degrees;
use crate::graphml::xml_fields;
use crate::text::{float, xml_text};
use crate::{ExportError, FlatEdge, FlatNode, KnowledgeGraph, label_colour, node_size};

/// The GEXF attribute type of a field.
fn gexf_type(kind: Kind) -> &'static str {
    match kind {
        Kind::Text | Kind::Date | Kind::List => "string",
        Kind::Int => "integer",
        Kind::Float => "double",
    }
}

/// Every attribute of a class, (id and title, type): `type` first, then the
/// shared fields, then `tail`.
fn attributes(
    fields: &[Field],
    tail: Option<(&'static str, &'static str)>,
) -> Vec<(&'static str, &'static str)> {
    let fields = fields
        .iter()
        .map(|field| (field.name, gexf_type(field.kind)));
    std::iter::once(("type", "string"))
        .chain(fields)
        .chain(tail)
        .collect()
}

/// Writes the graph as GEXF 1.3, the format Gephi reads best.
///
/// ## Wire format
///
/// UTF-8, indented by two spaces: `<gexf version="1.3">` in the namespace
/// `http://gexf.net/1.3` (prefix `viz:` for `http://gexf.net/1.3/viz`), a
/// `<meta>` naming the creator, then one `<graph mode="dynamic"
/// defaultedgetype="directed" timeformat="date">` with:
///
/// - `<attributes class="node">`: `type` (the ontology label), then `name`,
///   `aliases`, `roles`, `country`, `start_date`, `end_date`, `ordinal`
///   (integer), `kind`, `date`, `title`, `path`, `mentions` (integer);
/// - `<attributes class="edge">`: `type` (the relationship type), then
///   `mentions` (integer), `first_date`, `last_date`, `confidence` (double),
///   `verb`, `article`, `sentence` (integer), `span`, `evidence`, `date`,
///   `meeting`, `rule` (the primary mention), `articles`, and `symmetric`
///   (boolean). Attribute ids are their titles;
/// - `<nodes>`, sorted by id: `<node id label>` (the stable id and the name),
///   its `<attvalues>`, a `<spells>` with one `<spell start end>` from the
///   earliest to the latest date of the node and its edges (when it has any),
///   `<viz:color r g b>` of its label ([`label_colour`]) and `<viz:size>`
///   ([`node_size`] of its degree);
/// - `<edges>`, sorted by (from, type, to): `<edge id source target kind
///   label weight>` with ids `e0`, `e1`…, `kind` and `label` the relationship
///   type (so Gephi keeps parallel edges of different types apart), `weight`
///   the number of mentions; its `<attvalues>` and a `<spells>` from
///   `first_date` to `last_date` when they are known.
///
/// Gephi's timeline thus shows each fact from its first to its last mention.
/// Dates are ISO `YYYY-MM-DD`, lists are joined by `"; "` (a `;` inside an
/// element becomes `,`), empty values are left out. Characters XML forbids
/// become spaces; line breaks and tabs in attribute values are written as
/// character references, so they survive. [`read_gexf`](crate::read_gexf)
/// reads the file back.
pub fn write_gexf<W: Write>(graph: &KnowledgeGraph, out: W) -> Result<(), ExportError> {
    let mut writer = Writer::new_with_indent(io::BufWriter::new(out), b' ', 2);
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    writer.write_event(Event::Start(BytesStart::new("gexf").with_attributes([
        ("xmlns", "http://gexf.net/1.3"),
        ("xmlns:viz", "http://gexf.net/1.3/viz"),
        ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        (
            "xsi:schemaLocation",
            "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        ),
        ("version", "1.3"),
    ])))?;
    writer
        .create_element("meta")
        .write_inner_content(|writer| {
            writer
                .create_element("creator")
                .write_text_content(BytesText::new("cpec-kg"))?;
            writer
                .create_element("description")
                .write_text_content(BytesText::new(
                    "Pakistan-China (CPEC) commitments: who met whom, where and when, and what each side committed to",
                ))?;
            Ok(())
        })?;
    writer.write_event(Event::Start(BytesStart::new("graph").with_attributes([
        ("mode", "dynamic"),
        ("defaultedgetype", "directed"),
        ("timeformat", "date"),
    ])))?;
    write_attributes(&mut writer, "node", attributes(&NODE_FIELDS, None))?;
    let symmetric = Some(("symmetric", "boolean"));
    write_attributes(&mut writer, "edge", attributes(&EDGE_FIELDS, symmetric))?;

    let degrees = degrees(graph);
    let spells = edge_spells(graph);
    writer.write_event(Event::Start(BytesStart::new("nodes")))?;
    for node in FlatNode::all(graph) {
        let degree = degrees.get(node.id.as_str()).copied().unwrap_or(0);
        let entity = &node.entity;
        let own = [entity.date, entity.start_date, entity.end_date];
        let edges = spells.get(node.id.as_str()).into_iter().flatten();
        let spell = span_of(own.into_iter().flatten().chain(edges.copied()));
        write_node(&mut writer, &node, degree, spell)?;
    }
    writer.write_event(Event::End(BytesEnd::new("nodes")))?;
    writer.write_event(Event::Start(BytesStart::new("edges")))?;
    for (number, edge) in FlatEdge::all(graph)?.enumerate() {
        write_edge(&mut writer, &edge?, number)?;
    }
    writer.write_event(Event::End(BytesEnd::new("edges")))?;
    writer.write_event(Event::End(BytesEnd::new("graph")))?;
    writer.write_event(Event::End(BytesEnd::new("gexf")))?;
    let mut out = writer.into_inner();
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(())
}

fn write_attributes<W: Write>(
    writer: &mut Writer<W>,
    class: &str,
    all: Vec<(&'static str, &'static str)>,
) -> io::Result<()> {
    writer
        .create_element("attributes")
        .with_attributes([("class", class), ("mode", "static")])
        .write_inner_content(|writer| {
            for (name, kind) in all {
                writer
                    .create_element("attribute")
                    .with_attributes([("id", name), ("title", name), ("type", kind)])
                    .write_empty()?;
            }
            Ok(())
        })?;
    Ok(())
}

/// The first and last dates of the edges at each node.
fn edge_spells(graph: &KnowledgeGraph) -> BTreeMap<&str, Vec<Date>> {
    let mut dates: BTreeMap<&str, Vec<Date>> = BTreeMap::new();
    for edge in graph.edges() {
        for end in [&edge.from, &edge.to] {
            let known = [edge.first_date, edge.last_date].into_iter().flatten();
            dates.entry(&**end).or_default().extend(known);
        }
    }
    dates
}

/// The earliest and the latest of some dates.
fn span_of(dates: impl Iterator<Item = Date>) -> Option<(Date, Date)> {
    dates.fold(None, |span, date| match span {
        None => Some((date, date)),
        Some((first, last)) => Some((first.min(date), last.max(date))),
    })
}

/// `<attvalues>` of the non-empty values.
fn write_attvalues<W: Write>(
    writer: &mut Writer<W>,
    values: impl IntoIterator<Item = (&'static str, String)>,
) -> io::Result<()> {
    writer
        .create_element("attvalues")
        .write_inner_content(|writer| {
            for (name, value) in values {
                if !value.is_empty() {
                    writer
                        .create_element("attvalue")
                        .with_attributes([("for", name), ("value", value.as_str())])
                        .write_empty()?;
                }
            }
            Ok(())
        })?;
    Ok(())
}

fn write_spell<W: Write>(writer: &mut Writer<W>, spell: Option<(Date, Date)>) -> io::Result<()> {
    if let Some((start, end)) = spell {
        let (start, end) = (start.to_string(), end.to_string());
        writer
            .create_element("spells")
            .write_inner_content(|writer| {
                writer
                    .create_element("spell")
                    .with_attributes([("start", start.as_str()), ("end", end.as_str())])
                    .write_empty()?;
                Ok(())
            })?;
    }
    Ok(())
}

fn write_node<W: Write>(
    writer: &mut Writer<W>,
    node: &FlatNode,
    degree: usize,
    spell: Option<(Date, Date)>,
) -> io::Result<()> {
    let label = node.entity.label;
    let name = xml_text(&node.entity.name);
    let [r, g, b] = label_colour(label).map(|c| c.to_string());
    let size = float(node_size(degree));
    let values = [("type", label.to_string())]
        .into_iter()
        .chain(xml_fields(&NODE_FIELDS, node_values(node)));
    writer
        .create_element("node")
        .with_attributes([("id", node.id.as_str()), ("label", name.as_ref())])
        .write_inner_content(|writer| {
            write_attvalues(writer, values)?;
            write_spell(writer, spell)?;
            writer
                .create_element("viz:color")
                .with_attributes([("r", r.as_str()), ("g", g.as_str()), ("b", b.as_str())])
                .write_empty()?;
            writer
                .create_element("viz:size")
                .with_attribute(("value", size.as_str()))
                .write_empty()?;
            Ok(())
        })?;
    Ok(())
}

fn write_edge<W: Write>(writer: &mut Writer<W>, edge: &FlatEdge, number: usize) -> io::Result<()> {
    let id = format!("e{number}");
    let relation = edge.relation.as_str();
    let weight = float(edge.mentions as f64);
    let values = [("type", relation.to_string())]
        .into_iter()
        .chain(xml_fields(&EDGE_FIELDS, edge_values(edge)))
        .chain([("symmetric", edge.relation.is_symmetric().to_string())]);
    let spell = edge.first_date.zip(edge.last_date);
    writer
        .create_element("edge")
        .with_attributes([
            ("id", id.as_str()),
            ("source", edge.from.as_str()),
            ("target", edge.to.as_str()),
            ("kind", relation),
            ("label", relation),
            ("weight", weight.as_str()),
        ])
        .write_inner_content(|writer| {
            write_attvalues(writer, values)?;
            write_spell(writer, spell)
        })?;
    Ok(())
}
