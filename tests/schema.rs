//! `schema/ontology.json` agrees with the Rust vocabulary.

use cpec_model::{Label, Relation};
use serde_json::Value;

fn root() -> &'static std::path::Path {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read_json(path: &std::path::Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn schema(name: &str) -> Value {
    read_json(&root().join("schema").join(name))
}

fn strings(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .unwrap_or_else(|| panic!("not an array: {value}"))
        .iter()
        .map(|v| v.as_str().unwrap_or_else(|| panic!("not a string: {v}")))
        .collect()
}

fn names(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap_or_else(|| panic!("not an array: {list}"))
        .iter()
        .map(|item| {
            item["name"]
                .as_str()
                .unwrap_or_else(|| panic!("no name: {item}"))
        })
        .collect()
}

fn label_names() -> Vec<&'static str> {
    Label::ALL.map(Label::as_str).to_vec()
}

#[test]
fn ontology_json_matches_label_and_relation() {
    let ontology = schema("ontology.json");
    assert_eq!(names(&ontology["labels"]), label_names());
    let relationships = ontology["relationships"].as_array().unwrap();
    assert_eq!(relationships.len(), Relation::ALL.len());
    for (json, relation) in relationships.iter().zip(Relation::ALL) {
        assert_eq!(json["type"], relation.as_str());
        let expect =
            |labels: &[Label]| -> Vec<&str> { labels.iter().map(|l| l.as_str()).collect() };
        assert_eq!(
            strings(&json["from"]),
            expect(relation.domain()),
            "{relation} from"
        );
        assert_eq!(
            strings(&json["to"]),
            expect(relation.range()),
            "{relation} to"
        );
        assert!(
            json["description"].as_str().is_some_and(|d| !d.is_empty()),
            "{relation} has no description"
        );
        assert!(!strings(&json["cues"]).is_empty(), "{relation} has no cues");
    }
}
