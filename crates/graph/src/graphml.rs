//! GraphML export, for Gephi, Cytoscape, yEd, networkx and igraph.

use std::io::{self, Write};

use cpec_model::Label;
use quick_xml::Writer;
use quick_xml::escape::partial_escape;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use crate::text::{float, nmtoken, xml_text};
use crate::{Edge, ExportError, KnowledgeGraph, Node};

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
}

/// Node attributes: (attribute name, type). The key id is `n_` + name.
const NODE_KEYS: &[(&str, Type)] = &[
    ("label", Type::String),
    ("type", Type::String),
    ("name", Type::String),
    ("aliases", Type::String),
    ("roles", Type::String),
    ("country", Type::String),
    ("start_date", Type::String),
    ("end_date", Type::String),
    ("ordinal", Type::Int),
    ("kind", Type::String),
    ("date", Type::String),
    ("title", Type::String),
    ("path", Type::String),
    ("mentions", Type::Int),
    ("r", Type::Int),
    ("g", Type::Int),
    ("b", Type::Int),
    ("size", Type::Double),
];

/// Edge attributes: (attribute name, type). The key id is `e_` + name.
const EDGE_KEYS: &[(&str, Type)] = &[
    ("label", Type::String),
    ("type", Type::String),
    ("weight", Type::Double),
    ("mentions", Type::Int),
    ("first_date", Type::String),
    ("last_date", Type::String),
    ("verb", Type::String),
    ("article", Type::String),
    ("sentence", Type::Int),
    ("span", Type::String),
    ("evidence", Type::String),
    ("date", Type::String),
    ("meeting", Type::String),
    ("confidence", Type::Double),
    ("rule", Type::String),
    ("symmetric", Type::Boolean),
];

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
/// Node keys (id `n_<name>`, `attr.name` `<name>`): `label` (display name,
/// what Gephi shows), `type` (ontology label), `name`, `aliases` and `roles`
/// (joined with `"; "`), `country`, `start_date`, `end_date`, `ordinal` (int),
/// `kind`, `date`, `title`, `path`, `mentions` (int), `r`, `g`, `b` (int, the
/// label's colour, see [`label_colour`]) and `size` (double, see [`node_size`]).
///
/// Edge keys (id `e_<name>`): `label` and `type` (the relationship type),
/// `weight` (double) and `mentions` (int), the number of mentions;
/// `first_date`, `last_date`; `verb`, `article`, `sentence` (int), `span`
/// (`start..end`), `evidence` (the sentence), `date`, `meeting`, `rule` of the
/// primary evidence ([`Edge::primary`]); `confidence` (double, the edge's);
/// `symmetric` (boolean, `true` for `MET`, whose direction means nothing).
///
/// Dates are ISO `YYYY-MM-DD` strings. A `<data>` element is written only for
/// a non-empty value. Node ids are the graph's ids (`Official:ishaq-dar`);
/// should one hold a character an `xs:NMTOKEN` cannot, that character is
/// written as `_<hex>_`. Edge ids are `e0`, `e1`… in edge order. Characters
/// XML 1.0 forbids (control characters other than tab and line breaks,
/// U+FFFE, U+FFFF) are removed from every value; `&`, `<`, `>` are escaped.
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
    for (domain, prefix, keys) in [("node", "n_", NODE_KEYS), ("edge", "e_", EDGE_KEYS)] {
        for &(name, kind) in keys {
            let id = format!("{prefix}{name}");
            writer.write_event(Event::Empty(BytesStart::new("key").with_attributes([
                ("id", id.as_str()),
                ("for", domain),
                ("attr.name", name),
                ("attr.type", kind.as_str()),
            ])))?;
        }
    }
    writer.write_event(Event::Start(
        BytesStart::new("graph").with_attributes([("id", "G"), ("edgedefault", "directed")]),
    ))?;
    for node in graph.nodes() {
        write_node(&mut writer, node, graph.degree(node.id()))?;
    }
    for (number, edge) in graph.edges().enumerate() {
        write_edge(&mut writer, edge, number)?;
    }
    writer.write_event(Event::End(BytesEnd::new("graph")))?;
    writer.write_event(Event::End(BytesEnd::new("graphml")))?;
    let mut out = writer.into_inner();
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(())
}

/// The `<data>` values of one element, in key order.
struct Data {
    prefix: &'static str,
    values: Vec<(&'static str, String)>,
}

impl Data {
    fn new(prefix: &'static str) -> Data {
        Data {
            prefix,
            values: Vec::new(),
        }
    }

    fn add(&mut self, key: &'static str, value: impl ToString) {
        self.values.push((key, value.to_string()));
    }

    fn add_opt(&mut self, key: &'static str, value: Option<impl ToString>) {
        if let Some(value) = value {
            self.add(key, value);
        }
    }

    fn write<W: Write>(self, writer: &mut Writer<W>) -> io::Result<()> {
        for (key, value) in self.values {
            let value = xml_text(&value);
            if value.is_empty() {
                continue;
            }
            let key = format!("{}{key}", self.prefix);
            writer
                .create_element("data")
                .with_attribute(("key", key.as_str()))
                .write_text_content(BytesText::from_escaped(partial_escape(value.as_ref())))?;
        }
        Ok(())
    }
}

fn write_node<W: Write>(writer: &mut Writer<W>, node: &Node, degree: usize) -> io::Result<()> {
    let entity = &node.entity;
    let mut data = Data::new("n_");
    data.add("label", &entity.name);
    data.add("type", entity.label);
    data.add("name", &entity.name);
    data.add("aliases", join(&entity.aliases));
    data.add("roles", join(&entity.roles));
    data.add_opt("country", entity.country.as_ref());
    data.add_opt("start_date", entity.start_date);
    data.add_opt("end_date", entity.end_date);
    data.add_opt("ordinal", entity.ordinal);
    data.add_opt("kind", entity.kind.as_ref());
    data.add_opt("date", entity.date);
    data.add_opt("title", entity.title.as_ref());
    data.add_opt("path", entity.path.as_ref());
    data.add("mentions", node.mentions);
    let [r, g, b] = label_colour(entity.label);
    data.add("r", r);
    data.add("g", g);
    data.add("b", b);
    data.add("size", float(node_size(degree)));

    let id = nmtoken(node.id());
    writer
        .create_element("node")
        .with_attribute(("id", id.as_ref()))
        .write_inner_content(|writer| data.write(writer))?;
    Ok(())
}

fn write_edge<W: Write>(writer: &mut Writer<W>, edge: &Edge, number: usize) -> io::Result<()> {
    let mut data = Data::new("e_");
    data.add("label", edge.relation);
    data.add("type", edge.relation);
    data.add("weight", float(edge.mentions as f64));
    data.add("mentions", edge.mentions);
    data.add_opt("first_date", edge.first_date);
    data.add_opt("last_date", edge.last_date);
    if let Some(primary) = edge.primary() {
        data.add("verb", &primary.verb);
        data.add("article", &primary.article);
        data.add("sentence", primary.sentence);
        data.add("span", primary.span);
        data.add("evidence", &primary.text);
        data.add_opt("date", primary.date);
        data.add_opt("meeting", primary.meeting.as_ref());
        data.add("confidence", float(edge.confidence()));
        data.add("rule", &primary.rule);
    }
    data.add("symmetric", edge.relation.is_symmetric());

    let id = format!("e{number}");
    let (source, target) = (nmtoken(&edge.from), nmtoken(&edge.to));
    writer
        .create_element("edge")
        .with_attributes([
            ("id", id.as_str()),
            ("source", source.as_ref()),
            ("target", target.as_ref()),
        ])
        .write_inner_content(|writer| data.write(writer))?;
    Ok(())
}

fn join(items: &std::collections::BTreeSet<String>) -> String {
    items
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join("; ")
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
                article: "a".to_string(),
                sentence: 3,
                span: Span::new(100, 160),
                text: "Dar & Wang <met>\u{1}.".to_string(),
                verb: "meet".to_string(),
                rule: "meet.subj-obj".to_string(),
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
            NODE_KEYS.len() + EDGE_KEYS.len()
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
            xml.contains(r#"<data key="e_evidence">Dar &amp; Wang &lt;met&gt;.</data>"#),
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
