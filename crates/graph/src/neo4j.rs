//! Neo4j export: `nodes.csv` and `edges.csv` for `neo4j-admin`, and `import.cypher` for `LOAD CSV`.

use std::collections::BTreeSet;
use std::io::{self, Write};

use cpec_model::{Label, Relation};

use crate::fields::{Value, edge_values, node_values};
use crate::text::csv_field;
use crate::{ExportError, FlatEdge, FlatNode, KnowledgeGraph};

/// Separator of array elements: neo4j-admin's default `--array-delimiter`.
pub(crate) const ARRAY_DELIMITER: &str = ";";

/// Writes one record: the leading columns, then the fields, each one clean line.
fn write_record<W: Write>(
    csv: &mut csv::Writer<W>,
    lead: &[&str],
    values: impl IntoIterator<Item = Value>,
) -> Result<(), ExportError> {
    let lead = lead.iter().map(|field| csv_field(field).into_owned());
    let values = values
        .into_iter()
        .map(|value| value.render(csv_field, ARRAY_DELIMITER));
    csv.write_record(lead.chain(values))?;
    Ok(())
}

/// Columns of `nodes.csv`, in order: `id:ID`, `:LABEL`, then the node fields.
pub const NODE_HEADER: [&str; 14] = [
    "id:ID",
    ":LABEL",
    "name",
    "aliases:string[]",
    "roles:string[]",
    "country",
    "start_date:date",
    "end_date:date",
    "ordinal:int",
    "kind",
    "date:date",
    "title",
    "path",
    "mentions:int",
];

/// Columns of `edges.csv`, in order.
pub const EDGE_HEADER: [&str; 16] = [
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "mentions:int",
    "first_date:date",
    "last_date:date",
    "confidence:float",
    "verb",
    "article",
    "sentence:int",
    "span",
    "evidence",
    "date:date",
    "meeting",
    "rule",
    "articles:string[]",
];

/// Writes the nodes as `nodes.csv` for `neo4j-admin database import full --nodes=nodes.csv`.
///
/// ## Wire format
///
/// CSV with `,` between fields and `\n` after each record; a field is quoted
/// with `"` only when it must be (a `"` inside is doubled), which
/// neo4j-admin's default quoting reads. The header is [`NODE_HEADER`]:
///
/// ```text
/// id:ID,:LABEL,name,aliases:string[],roles:string[],country,start_date:date,end_date:date,ordinal:int,kind,date:date,title,path,mentions:int
/// ```
///
/// One record per node, sorted by id. `id:ID` is the stable id
/// (`Official:ishaq-dar`), one global id space; `:LABEL` the ontology label.
/// Arrays use neo4j-admin's default delimiter `;`, so a `;` inside an
/// element is written as `,`. Dates are ISO `YYYY-MM-DD`. An absent value
/// is an empty field, which the import skips.
///
/// Every value is one line: each run of control characters (line breaks and
/// tabs among them) becomes one space (neo4j-admin rejects multi-line fields
/// unless `--multiline-fields=true`). [`read_csv`](crate::read_csv) reads the
/// file back.
pub fn write_nodes_csv<W: Write>(graph: &KnowledgeGraph, out: W) -> Result<(), ExportError> {
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(NODE_HEADER)?;
    for node in FlatNode::all(graph) {
        let label = node.entity.label.to_string();
        write_record(&mut csv, &[&node.id, &label], node_values(&node))?;
    }
    csv.flush()?;
    Ok(())
}

/// Writes the edges as `edges.csv` for `neo4j-admin database import full --relationships=edges.csv`.
///
/// ## Wire format
///
/// CSV as in [`write_nodes_csv`], with the header [`EDGE_HEADER`]:
///
/// ```text
/// :START_ID,:END_ID,:TYPE,mentions:int,first_date:date,last_date:date,confidence:float,verb,article,sentence:int,span,evidence,date:date,meeting,rule,articles:string[]
/// ```
///
/// One record per edge, sorted by (start, type, end); for `MET`, whose
/// direction means nothing, the start is the smaller id. `:TYPE` is the
/// relationship type; `mentions` the number of mentions, `first_date` and
/// `last_date` the earliest and latest dated one, `confidence` the highest.
/// `verb`, `article`, `sentence`, `span` (`start..end`), `evidence` (the
/// sentence), `date`, `meeting` and `rule` come from the primary mention
/// (highest confidence, then earliest article and sentence); `articles` lists
/// the ids of every article with a mention (`;`-separated, sorted).
/// `graph.json` keeps every mention in full.
pub fn write_edges_csv<W: Write>(graph: &KnowledgeGraph, out: W) -> Result<(), ExportError> {
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(EDGE_HEADER)?;
    for edge in FlatEdge::all(graph)? {
        let edge = edge?;
        let relation = edge.relation.to_string();
        write_record(
            &mut csv,
            &[&edge.from, &edge.to, &relation],
            edge_values(&edge),
        )?;
    }
    csv.flush()?;
    Ok(())
}

/// Cypher for one property, from its CSV column: `null` (no property) when
/// the field is empty or missing, else the converted value.
fn property(target: &str, name: &str, column: &str) -> String {
    let field = if column
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        format!("row.{column}")
    } else {
        format!("row.`{column}`")
    };
    let value = match column.rsplit_once(':').map(|(_, kind)| kind) {
        Some("int") => format!("toInteger({field})"),
        Some("float") => format!("toFloat({field})"),
        Some("date") => format!("date({field})"),
        Some("string[]") => format!("split({field}, ';')"),
        _ => field.clone(),
    };
    format!("{target}.{name} = CASE WHEN coalesce({field}, '') = '' THEN null ELSE {value} END")
}

/// `(var:Label {id: …})` when the ontology allows one label there, `(var {id: …})` otherwise.
fn endpoint(var: &str, labels: &[Label], column: &str) -> String {
    match labels {
        [label] => format!("({var}:{label} {{id: row.`{column}`}})"),
        _ => format!("({var} {{id: row.`{column}`}})"),
    }
}

/// Writes `import.cypher`, which loads `nodes.csv` and `edges.csv` into a
/// running database with `LOAD CSV`, as an alternative to `neo4j-admin`.
///
/// ## Wire format
///
/// Plain openCypher statements, each ending with `;` and separated by a
/// blank line, with `//` comment lines; no APOC, no `CALL { } IN
/// TRANSACTIONS`. Run it with `cypher-shell -f import.cypher` after copying
/// the CSV files to the database's import directory, or send the
/// statements one by one.
///
/// 1. One `CREATE CONSTRAINT IF NOT EXISTS FOR (n:<Label>) REQUIRE n.id IS
///    UNIQUE;` per ontology label (Neo4j 5 syntax; FalkorDB declares
///    constraints with `GRAPH.CONSTRAINT CREATE` instead, so skip these there).
/// 2. Per label present in the graph, in ontology order: `LOAD CSV WITH
///    HEADERS FROM 'file:///nodes.csv' AS row WITH row WHERE row.`:LABEL` =
///    '<Label>' MERGE (n:<Label> {id: row.`id:ID`}) SET …` setting every
///    property, converted with `toInteger`, `toFloat`, `date` or `split(…,
///    ';')` as its column type says; an empty field sets `null`, i.e. no
///    property.
/// 3. Per relationship type present, in ontology order: the same from
///    `file:///edges.csv` filtered on `:TYPE`, `MATCH` of both ends by `id`
///    (with their label where the ontology allows only one), then `MERGE
///    (a)-[r:<TYPE>]->(b) SET …`.
///
/// Running it twice changes nothing. Labels and types are written literally:
/// Cypher cannot take them as parameters.
pub fn write_cypher<W: Write>(graph: &KnowledgeGraph, out: W) -> Result<(), ExportError> {
    let mut out = io::BufWriter::new(out);
    writeln!(
        out,
        "// cpec-kg: load nodes.csv and edges.csv (in the import directory) with LOAD CSV."
    )?;
    writeln!(
        out,
        "// Neo4j 5: cypher-shell -f import.cypher. Idempotent: MERGE on the stable id."
    )?;
    writeln!(
        out,
        "// FalkorDB: skip the constraints (use GRAPH.CONSTRAINT CREATE) and send each"
    )?;
    writeln!(
        out,
        "// statement on its own; its file:// URLs are relative to its import directory."
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "// Uniqueness of the stable id, per label (Neo4j syntax)."
    )?;
    for label in Label::ALL {
        writeln!(
            out,
            "CREATE CONSTRAINT IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE;"
        )?;
    }

    let labels: BTreeSet<Label> = graph.nodes().map(|node| node.label()).collect();
    for label in labels {
        writeln!(out)?;
        writeln!(out, "// {label} nodes")?;
        writeln!(out, "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row")?;
        writeln!(out, "WITH row WHERE row.`:LABEL` = '{label}'")?;
        writeln!(out, "MERGE (n:{label} {{id: row.`id:ID`}})")?;
        let properties: Vec<String> = NODE_HEADER[2..]
            .iter()
            .map(|column| {
                let name = column.split(':').next().unwrap_or(column);
                property("n", name, column)
            })
            .collect();
        write_set(&mut out, &properties)?;
    }

    let relations: BTreeSet<Relation> = graph.edges().map(|edge| edge.relation).collect();
    for relation in relations {
        writeln!(out)?;
        writeln!(out, "// {relation} relationships")?;
        writeln!(out, "LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row")?;
        writeln!(out, "WITH row WHERE row.`:TYPE` = '{relation}'")?;
        writeln!(
            out,
            "MATCH {}, {}",
            endpoint("a", relation.domain(), ":START_ID"),
            endpoint("b", relation.range(), ":END_ID")
        )?;
        writeln!(out, "MERGE (a)-[r:{relation}]->(b)")?;
        let properties: Vec<String> = EDGE_HEADER[3..]
            .iter()
            .map(|column| {
                let name = column.split(':').next().unwrap_or(column);
                property("r", name, column)
            })
            .collect();
        write_set(&mut out, &properties)?;
    }
    out.flush()?;
    Ok(())
}

fn write_set(out: &mut impl Write, assignments: &[String]) -> io::Result<()> {
    for (i, assignment) in assignments.iter().enumerate() {
        let (lead, end) = (
            if i == 0 { "SET " } else { "    " },
            if i + 1 == assignments.len() { ";" } else { "," },
        );
        writeln!(out, "{lead}{assignment}{end}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use cpec_model::{Entity, EntityKey, Evidence, Span, Triple};

    use super::*;

    fn small_graph() -> KnowledgeGraph {
        let mut graph = KnowledgeGraph::new();
        let mut dar = Entity::new(Label::Official, "Ishaq Dar");
        dar.roles.extend([
            "Deputy Prime Minister; Foreign Minister".to_string(),
            "Senator".to_string(),
        ]);
        dar.add_alias("Mr. Dar\n(FM)");
        graph.merge_entity(&dar, 2);
        graph.add_triple(&Triple {
            subject: dar.key(),
            relation: Relation::Represents,
            object: EntityKey::new(Label::Country, "Pakistan"),
            evidence: Evidence {
                article: "a;b".into(),
                sentence: 1,
                span: Span::new(5, 50),
                text: "He said: \"Pakistan\u{7} will,\r\nas always,\tstand firm\".".into(),
                verb: "say".into(),
                rule: "represents.title".into(),
                date: "2026-01-04".parse().ok(),
                meeting: None,
                confidence: 1.0,
            },
        });
        graph
    }

    fn lines(bytes: Vec<u8>) -> Vec<String> {
        String::from_utf8(bytes)
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect()
    }

    use crate::fields::{EDGE_FIELDS, Field, Kind, NODE_FIELDS};

    /// A field's CSV column: its name with neo4j-admin's type suffix.
    fn column(field: &Field) -> String {
        let suffix = match field.kind {
            Kind::Text => "",
            Kind::Int => ":int",
            Kind::Float => ":float",
            Kind::Date => ":date",
            Kind::List => ":string[]",
        };
        format!("{}{suffix}", field.name)
    }

    #[test]
    fn headers_are_the_shared_fields() {
        let nodes: Vec<String> = NODE_FIELDS.iter().map(column).collect();
        assert_eq!(NODE_HEADER[2..], nodes);
        let edges: Vec<String> = EDGE_FIELDS.iter().map(column).collect();
        assert_eq!(EDGE_HEADER[3..], edges);
    }

    #[test]
    fn node_rows_are_single_lines_with_safe_arrays() {
        let mut out = Vec::new();
        write_nodes_csv(&small_graph(), &mut out).unwrap();
        let lines = lines(out);
        assert_eq!(lines[0], NODE_HEADER.join(","));
        assert_eq!(lines[1], "Country:pakistan,Country,Pakistan,,,,,,,,,,,0");
        assert_eq!(
            lines[2],
            "Official:ishaq-dar,Official,Ishaq Dar,Mr. Dar (FM),\"Deputy Prime Minister, Foreign Minister;Senator\",,,,,,,,,2"
        );
        assert_eq!(lines.len(), 3);
    }

    #[test]
    fn edge_rows_carry_the_primary_mention() {
        let mut out = Vec::new();
        write_edges_csv(&small_graph(), &mut out).unwrap();
        let lines = lines(out);
        assert_eq!(lines[0], EDGE_HEADER.join(","));
        assert_eq!(
            lines[1],
            "Official:ishaq-dar,Country:pakistan,REPRESENTS,1,2026-01-04,2026-01-04,1.0,say,a;b,1,5..50,\
             \"He said: \"\"Pakistan  will, as always, stand firm\"\".\",2026-01-04,,represents.title,\"a,b\""
        );
        assert_eq!(lines.len(), 2);
    }

    #[test]
    fn cypher_has_constraints_then_one_block_per_label_and_type() {
        let mut out = Vec::new();
        write_cypher(&small_graph(), &mut out).unwrap();
        let script = String::from_utf8(out).unwrap();
        assert_eq!(
            script.matches("CREATE CONSTRAINT IF NOT EXISTS").count(),
            Label::ALL.len()
        );
        assert_eq!(
            script
                .matches("LOAD CSV WITH HEADERS FROM 'file:///nodes.csv'")
                .count(),
            2
        );
        assert_eq!(
            script
                .matches("LOAD CSV WITH HEADERS FROM 'file:///edges.csv'")
                .count(),
            1
        );
        assert!(
            script.contains(
                "MATCH (a:Official {id: row.`:START_ID`}), (b:Country {id: row.`:END_ID`})"
            )
        );
        assert!(script.contains("MERGE (a)-[r:REPRESENTS]->(b)"));
        assert!(script.contains(
            "n.aliases = CASE WHEN coalesce(row.`aliases:string[]`, '') = '' THEN null ELSE split(row.`aliases:string[]`, ';') END,"
        ));
        assert!(script.contains("r.confidence = CASE WHEN coalesce(row.`confidence:float`, '') = '' THEN null ELSE toFloat(row.`confidence:float`) END,"));
        assert!(!script.contains("APOC") && !script.contains("IN TRANSACTIONS"));
        // Every statement ends with a semicolon.
        let statements = script.split(";\n").filter(|s| !s.trim().is_empty()).count();
        assert_eq!(statements, Label::ALL.len() + 3);
    }
}
