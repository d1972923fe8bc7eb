//! GraphML export, for Gephi, Cytoscape, yEd, networkx and igraph.

use std::io::{self, Write};

use cpec_model::Label;
use quick_xml::Writer;
use quick_xml::escape::partial_escape;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, Event};

use crate::fields::{EDGE_FIELDS, Field, Kind, NODE_FIELDS, Value, edge_values, node_values};
use crate::flat::degrees;
use crate::text::{float, nmtoken, xml_text};
use crate::{ExportError, FlatEdge, FlatNode, KnowledgeGraph};

/// Separator of the elements of a list value (aliases, roles, articles).
pub(crate) const LIST_SEPARATOR: &str = "; ";

/// GraphML attribute types used here.
#[derive(Clone, Copy)]
enum Type {
    String,
    Int,
    Double,
    Boolean,
}

impl Type {
    fn as_str(self) -> &'static str {
        match self {
            Type::String => "string",
            Type::Int => "int",
            Type::Double => "double",
            Type::Boolean => "boolean",
        }
    }

    fn of(kind: Kind) -> Type {
        match kind {
            Kind::Text | Kind::Date | Kind::List => Type::String,
            Kind::Int => Type::Int,
            Kind::Float => Type::Double,
        }
    }
}

/// Node keys before the shared fields: Gephi's visual `label`, and the ontology label.
const NODE_HEAD: [(&str, Type); 2] = [("label", Type::String), ("type", Type::String)];
/// Node keys after the shared fields: Gephi's colour and size.
const NODE_TAIL: [(&str, Type); 4] = [
    ("r", Type::Int),
    ("g", Type::Int),
    ("b", Type::Int),
    ("size", Type::Double),
];
/// Edge keys before the shared fields: Gephi's visual `label` and `weight`, and the type.
const EDGE_HEAD: [(&str, Type); 3] = [
    ("label", Type::String),
    ("type", Type::String),
    ("weight", Type::Double),
];
const EDGE_TAIL: [(&str, Type); 1] = [("symmetric", Type::Boolean)];

/// Every node key, (attribute name, type), in order. The key id is `n_` + name.
fn node_keys() -> impl Iterator<Item = (&'static str, Type)> {
    let fields = NODE_FIELDS.iter().map(|f| (f.name, Type::of(f.kind)));
    NODE_HEAD.into_iter().chain(fields).chain(NODE_TAIL)
}

/// Every edge key, (attribute name, type), in order. The key id is `e_` + name.
fn edge_keys() -> impl Iterator<Item = (&'static str, Type)> {
    let fields = EDGE_FIELDS.iter().map(|f| (f.name, Type::of(f.kind)));
    EDGE_HEAD.into_iter().chain(fields).chain(EDGE_TAIL)
}

/// The colour of a label's nodes: the Tableau 10 palette, one hue per label.
///
/// | Label | Colour | RGB |
/// |---|---|---|
/// | Country | blue | 78, 121, 167 |
/// | Official | orange | 242, 142, 43 |
/// | Organization | red | 225, 87, 89 |
/// | Meeting | teal | 118, 183, 178 |
/// | Project | green | 89, 161, 79 |
/// | Sector | yellow | 237, 201, 72 |
/// | Initiative | purple | 176, 122, 161 |
/// | Agreement | pink | 255, 157, 167 |
/// | Location | brown | 156, 117, 95 |
/// | Article | grey | 186, 176, 172 |
pub fn label_colour(label: Label) -> [u8; 3] {
    match label {
        Label::Country => [78, 121, 167],
        Label::Official => [242, 142, 43],
        Label::Organization => [225, 87, 89],
        Label::Meeting => [118, 183, 178],
        Label::Project => [89, 161, 79],
        Label::Sector => [237, 201, 72],
        Label::Initiative => [176, 122, 161],
        Label::Agreement => [255, 157, 167],
        Label::Location => [156, 117, 95],
        Label::Article => [186, 176, 172],
    }
}

/// Display size of a node of this degree: `10 + 4·√degree`, to two decimals.
pub fn node_size(degree: usize) -> f64 {
    let size = 10.0 + 4.0 * (degree as f64).sqrt();
    (size * 100.0).round() / 100.0
}

/// Writes the graph as GraphML 1.0, valid against the official XSD.
///
/// ## Wire format
///
/// UTF-8, indented by two spaces. After the XML declaration and the
/// `<graphml>` root (GraphML namespace and `xsi:schemaLocation`) come **all
/// `<key>` declarations, before `<graph>`** — graph-tool, Gephi, networkx and
/// igraph need them there — then one `<graph id="G" edgedefault="directed">`
/// with every node, sorted by id, then every edge, sorted by (from, type, to).
///
/// Key ids are `n_<name>` and `e_<name>`; `attr.name` is `<name>`, a plain
/// identifier. Gephi takes `label`, `r`, `g`, `b`, `size` (nodes) and
/// `label`, `weight` (edges) as what it draws, not as columns.
///
/// Node keys: `label` (display name), `type` (ontology label), `name`,
/// `aliases` and `roles` (joined with `"; "`), `country`, `start_date`,
/// `end_date`, `ordinal` (int), `kind`, `date`, `title`, `path`, `mentions`
/// (int), `r`, `g`, `b` (int, the label's colour, see [`label_colour`]) and
/// `size` (double, see [`node_size`] of the degree).
///
/// Edge keys: `label` and `type` (the relationship type), `weight` (double,
/// the number of mentions), `mentions` (int), `first_date`, `last_date`;
/// `confidence` (double), `verb`, `article`, `sentence` (int), `span`
/// (`start..end`), `evidence` (the sentence), `date`, `meeting`, `rule` of the
/// primary mention ([`Edge::primary`](crate::Edge::primary)); `articles`
/// (ids joined with `"; "`); `symmetric` (boolean, `true` for `MET`, whose
/// direction means nothing). GraphML has no edge kind: Gephi merges parallel
/// edges of different types into one, so open `graph.gexf` there instead.
///
/// Dates are ISO `YYYY-MM-DD` strings; booleans `true`/`false`. A `<data>`
/// element is written only for a non-empty value. Node ids are the graph's
/// ids (`Official:ishaq-dar`); should one hold a character an `xs:NMTOKEN`
/// cannot, that character is written as `_<hex>_`. Edge ids are `e0`, `e1`…
/// in edge order. Characters XML 1.0 forbids (control characters other than
/// tab and line breaks, U+FFFE, U+FFFF) become spaces; `&`, `<`, `>` are
/// escaped, `\r` written as `&#13;`. A `;` inside a list element becomes `,`.
/// [`read_graphml`](crate::read_graphml) reads the file back.
pub fn write_graphml<W: Write>(graph: &KnowledgeGraph, out: W) -> Result<(), ExportError> {
    let mut writer = Writer::new_with_indent(io::BufWriter::new(out), b' ', 2);
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    writer.write_event(Event::Start(BytesStart::new("graphml").with_attributes([
        ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
        ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        (
            "xsi:schemaLocation",
            "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
        ),
    ])))?;
    // Key ids in the order of each node's and edge's data.
    let node_ids: Vec<String> = node_keys().map(|(name, _)| format!("n_{name}")).collect();
    let edge_ids: Vec<String> = edge_keys().map(|(name, _)| format!("e_{name}")).collect();
    let keys = (node_keys()
        .zip(&node_ids)
        .map(|(key, id)| ("node", key, id)))
    .chain(
        edge_keys()
            .zip(&edge_ids)
            .map(|(key, id)| ("edge", key, id)),
    );
    for (domain, (name, kind), id) in keys {
        writer.write_event(Event::Empty(BytesStart::new("key").with_attributes([
            ("id", id.as_str()),
            ("for", domain),
            ("attr.name", name),
            ("attr.type", kind.as_str()),
        ])))?;
    }
    writer.write_event(Event::Start(
        BytesStart::new("graph").with_attributes([("id", "G"), ("edgedefault", "directed")]),
    ))?;
    let degrees = degrees(graph);
    for node in FlatNode::all(graph) {
        let degree = degrees.get(node.id.as_str()).copied().unwrap_or(0);
        write_node(&mut writer, &node, degree, &node_ids)?;
    }
    for (number, edge) in FlatEdge::all(graph)?.enumerate() {
        write_edge(&mut writer, &edge?, number, &edge_ids)?;
    }
    writer.write_event(Event::End(BytesEnd::new("graph")))?;
    writer.write_event(Event::End(BytesEnd::new("graphml")))?;
    let mut out = writer.into_inner();
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(())
}

/// Writes `<data key="{key}">value</data>` for each non-empty value, the
/// keys in the values' order, each on its own line inside a node or edge.
///
/// Written straight to the output, a million edges of seventeen values
/// each, in the bytes `quick_xml`'s indenting writer gives them: the
/// element's start left a line break owed, so its end still starts a line.
fn write_data<W: Write>(
    writer: &mut Writer<W>,
    keys: &[String],
    values: impl IntoIterator<Item = (&'static str, String)>,
) -> io::Result<()> {
    let out = writer.get_mut();
    for (key, (name, value)) in keys.iter().zip(values) {
        debug_assert_eq!(&key[2..], name, "keys and values in one order");
        if value.is_empty() {
            continue;
        }
        out.write_all(b"\n      <data key=\"")?;
        out.write_all(key.as_bytes())?;
        out.write_all(b"\">")?;
        out.write_all(partial_escape(value.as_str()).as_bytes())?;
        out.write_all(b"</data>")?;
    }
    Ok(())
}

/// The shared fields' names with their values, cleaned for XML (GraphML and GEXF).
pub(crate) fn xml_fields<const N: usize>(
    fields: &'static [Field; N],
    values: [Value; N],
) -> impl Iterator<Item = (&'static str, String)> {
    fields
        .iter()
        .zip(values)
        .map(|(field, value)| (field.name, value.render(xml_text, LIST_SEPARATOR)))
}

fn write_node<W: Write>(
    writer: &mut Writer<W>,
    node: &FlatNode,
    degree: usize,
    keys: &[String],
) -> io::Result<()> {
    let label = node.entity.label;
    let [r, g, b] = label_colour(label);
    let head = [
        ("label", xml_text(&node.entity.name).into_owned()),
        ("type", label.to_string()),
    ];
    let tail = [
        ("r", r.to_string()),
        ("g", g.to_string()),
        ("b", b.to_string()),
        ("size", float(node_size(degree))),
    ];
    let data = head
        .into_iter()
        .chain(xml_fields(&NODE_FIELDS, node_values(node)))
        .chain(tail);
    let id = nmtoken(&node.id);
    writer
        .create_element("node")
        .with_attribute(("id", id.as_ref()))
        .write_inner_content(|writer| write_data(writer, keys, data))?;
    Ok(())
}

fn write_edge<W: Write>(
    writer: &mut Writer<W>,
    edge: &FlatEdge,
    number: usize,
    keys: &[String],
) -> io::Result<()> {
    let head = [
        ("label", edge.relation.to_string()),
        ("type", edge.relation.to_string()),
        ("weight", float(edge.mentions as f64)),
    ];
    let tail = [("symmetric", edge.relation.is_symmetric().to_string())];
    let data = head
        .into_iter()
        .chain(xml_fields(&EDGE_FIELDS, edge_values(edge)))
        .chain(tail);
    let id = format!("e{number}");
    let (source, target) = (nmtoken(&edge.from), nmtoken(&edge.to));
    writer
        .create_element("edge")
        .with_attributes([
            ("id", id.as_str()),
            ("source", source.as_ref()),
            ("target", target.as_ref()),
        ])
        .write_inner_content(|writer| write_data(writer, keys, data))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use cpec_model::{Entity, EntityKey, Evidence, Relation, Span, Triple};

    use super::*;

    fn export(graph: &KnowledgeGraph) -> String {
        let mut out = Vec::new();
        write_graphml(graph, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn small_graph() -> KnowledgeGraph {
        let mut graph = KnowledgeGraph::new();
        let mut dar = Entity::new(Label::Official, "Ishaq Dar");
        dar.roles.extend([
            "Foreign Minister".to_string(),
            "Deputy Prime Minister".to_string(),
        ]);
        graph.merge_entity(&dar, 1);
        graph.add_triple(&Triple {
            subject: EntityKey::new(Label::Official, "Ishaq Dar"),
            relation: Relation::Met,
            object: EntityKey::new(Label::Official, "Wang Yi"),
            evidence: Evidence {
                article: "a".into(),
                sentence: 3,
                span: Span::new(100, 160),
                text: "Dar & Wang <met>\u{1}.".into(),
                verb: "meet".into(),
                rule: "meet.subj-obj".into(),
                date: None,
                meeting: None,
                confidence: 0.75,
            },
        });
        graph
    }

    #[test]
    fn keys_come_before_the_graph() {
        let xml = export(&small_graph());
        let graph_at = xml.find("<graph ").unwrap();
        assert_eq!(
            xml.matches("<key ").count(),
            node_keys().count() + edge_keys().count()
        );
        assert!(xml.rfind("<key ").unwrap() < graph_at);
        assert!(
            xml.contains(r#"<key id="n_size" for="node" attr.name="size" attr.type="double"/>"#)
        );
        assert!(xml.contains(
            r#"<key id="e_symmetric" for="edge" attr.name="symmetric" attr.type="boolean"/>"#
        ));
        assert!(xml.contains(r#"<graph id="G" edgedefault="directed">"#));
    }

    #[test]
    fn values_are_cleaned_escaped_and_empty_ones_omitted() {
        let xml = export(&small_graph());
        assert!(
            xml.contains(r#"<data key="e_evidence">Dar &amp; Wang &lt;met&gt; .</data>"#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"<data key="n_roles">Deputy Prime Minister; Foreign Minister</data>"#)
        );
        assert!(
            xml.contains(r#"<edge id="e0" source="Official:ishaq-dar" target="Official:wang-yi">"#)
        );
        assert!(xml.contains(r#"<data key="e_weight">1.0</data>"#));
        assert!(xml.contains(r#"<data key="e_span">100..160</data>"#));
        assert!(xml.contains(r#"<data key="e_symmetric">true</data>"#));
        assert!(!xml.contains("n_aliases\">"), "no data for empty aliases");
        assert!(!xml.contains("e_date\">"), "no data for a missing date");
        // Wang Yi has no roles; Dar has; both have the Official colour.
        assert_eq!(xml.matches(r#"<data key="n_r">242</data>"#).count(), 2);
    }

    #[test]
    fn sizes_grow_with_degree() {
        assert_eq!(node_size(0), 10.0);
        assert_eq!(node_size(4), 18.0);
        assert!(node_size(9) > node_size(4));
    }

    #[test]
    fn every_label_has_its_own_colour() {
        let colours: std::collections::BTreeSet<_> =
            Label::ALL.into_iter().map(label_colour).collect();
        assert_eq!(colours.len(), Label::ALL.len());
    }
}
