//! GraphML output validated against the official GraphML XSD with `xmllint --nonet`.

use std::path::{Path, PathBuf};
use std::process::Command;

use cpec_graph::KnowledgeGraph;
use quick_xml::events::Event;

use crate::fixture;

/// The schema directory: `$GRAPHML_XSD_DIR`, else `shared/graphml-xsd` beside the repository.
fn xsd() -> PathBuf {
    let dir = std::env::var_os("GRAPHML_XSD_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/graphml-xsd")
        });
    let xsd = dir.join("graphml.xsd");
    assert!(
        xsd.is_file(),
        "no GraphML XSD at {} (set GRAPHML_XSD_DIR)",
        xsd.display()
    );
    xsd
}

fn xmllint_installed() -> bool {
    Command::new("xmllint")
        .arg("--version")
        .output()
        .is_ok_and(|out| out.status.success())
}

/// Runs xmllint on `xml`; `Err` carries its diagnostics.
fn validate(name: &str, xml: &[u8]) -> Result<(), String> {
    let file =
        std::env::temp_dir().join(format!("cpec-graph-{}-{name}.graphml", std::process::id()));
    std::fs::write(&file, xml).unwrap();
    let out = Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema"])
        .arg(xsd())
        .arg(&file)
        .output()
        .unwrap();
    std::fs::remove_file(&file).unwrap();
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

fn graphml(graph: &KnowledgeGraph) -> Vec<u8> {
    let mut out = Vec::new();
    cpec_graph::write_graphml(graph, &mut out).unwrap();
    out
}

#[test]
#[allow(
    clippy::print_stderr,
    reason = "the only way to say why a test did nothing"
)]
fn exports_validate_against_the_graphml_xsd() {
    if !xmllint_installed() {
        eprintln!(
            "note: xmllint is not installed (apt-get install libxml2-utils); GraphML not validated"
        );
        return;
    }
    validate("fixture", &graphml(&fixture::graph())).unwrap();
    validate("nasty", &graphml(&fixture::nasty_graph())).unwrap();
    validate("empty", &graphml(&KnowledgeGraph::new())).unwrap();

    // The check has teeth: a key declared after the graph is refused.
    let xml = String::from_utf8(graphml(&fixture::graph())).unwrap();
    let late_key = xml.replace(
        "</graph>",
        "</graph>\n  <key id=\"late\" for=\"node\" attr.name=\"late\" attr.type=\"string\"/>",
    );
    assert!(validate("late-key", late_key.as_bytes()).is_err());
}

/// The `<data key="n_name">` values, unescaped, in document order.
fn node_names(xml: &[u8]) -> Vec<String> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let (mut names, mut in_name, mut buf) = (Vec::<String>::new(), false, Vec::new());
    loop {
        let event = reader.read_event_into(&mut buf).unwrap();
        let current = names.last_mut().filter(|_| in_name);
        match (event, current) {
            (Event::Start(start), _) if start.name().as_ref() == "data" => {
                let key = start.try_get_attribute("key").unwrap();
                in_name = key.is_some_and(|key| key.value.as_ref() == "n_name");
                if in_name {
                    names.push(String::new());
                }
            }
            (Event::Text(text), Some(name)) => name.push_str(&text.xml10_content()),
            (Event::GeneralRef(reference), Some(name)) => {
                match reference.resolve_char_ref().unwrap() {
                    Some(c) => name.push(c),
                    None => name.push_str(match &*reference {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        other => panic!("unexpected reference {other:?}"),
                    }),
                }
            }
            (Event::End(_), _) => in_name = false,
            (Event::Eof, _) => break,
            _ => {}
        }
    }
    names
}

#[test]
fn names_survive_the_trip_through_xml() {
    let graph = fixture::nasty_graph();
    // Characters XML forbids become spaces; everything else comes back.
    let expected: Vec<String> = graph
        .nodes()
        .map(|node| crate::roundtrip::xml_clean(node.name()))
        .collect();
    assert_eq!(node_names(&graphml(&graph)), expected);
}
