//! `schema/ontology.json` agrees with the Rust vocabulary.

use cpec_model::{Label, Relation};

#[test]
fn ontology_json_matches_label_and_relation() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/ontology.json");
    let ontology: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let labels: Vec<&str> = ontology["labels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["name"].as_str().unwrap())
        .collect();
    assert_eq!(labels, Label::ALL.map(Label::as_str));
    let relationships = ontology["relationships"].as_array().unwrap();
    assert_eq!(relationships.len(), Relation::ALL.len());
    for (json, relation) in relationships.iter().zip(Relation::ALL) {
        assert_eq!(json["type"], relation.as_str());
        let names = |key: &str| -> Vec<String> {
            json[key]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_string())
                .collect()
        };
        let expect = |labels: &[Label]| -> Vec<String> {
            labels.iter().map(|l| l.as_str().to_string()).collect()
        };
        assert_eq!(names("from"), expect(relation.domain()), "{relation} from");
        assert_eq!(names("to"), expect(relation.range()), "{relation} to");
    }
}
