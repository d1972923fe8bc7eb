//! `schema/gold.schema.json` against the model's vocabulary and the gold files.

use cpec_model::{Label, Relation};
use serde_json::Value;

use crate::util::{devgold_dir, schema_dir};

fn schema() -> Value {
    let text = std::fs::read_to_string(schema_dir().join("gold.schema.json")).unwrap();
    serde_json::from_str(&text).expect("gold.schema.json is JSON")
}

fn strings(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .expect("an array")
        .iter()
        .map(|v| v.as_str().expect("a string"))
        .collect()
}

#[test]
fn schema_is_draft_2020_12() {
    let schema = schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(
        strings(&schema["required"]),
        ["article", "entities", "edges"]
    );
}

#[test]
fn labels_and_types_are_the_ontology() {
    let schema = schema();
    let labels: Vec<&str> = Label::ALL
        .iter()
        .filter(|l| **l != Label::Article)
        .map(|l| l.as_str())
        .collect();
    assert_eq!(strings(&schema["$defs"]["label"]["enum"]), labels);
    let types: Vec<&str> = Relation::ALL.iter().map(|r| r.as_str()).collect();
    assert_eq!(
        strings(&schema["$defs"]["relationship_type"]["enum"]),
        types
    );
}

/// Not a validator: checks that what the schema requires the gold files have,
/// and that every field the gold files use the schema describes.
#[test]
fn gold_files_fit_the_schema_shape() {
    let schema = schema();
    let defs = &schema["$defs"];
    for entry in std::fs::read_dir(devgold_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|ext| ext != "json") {
            continue;
        }
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let check = |object: &Value, def: &Value| {
            let object = object.as_object().expect("an object");
            for field in strings(&def["required"]) {
                assert!(
                    object.contains_key(field),
                    "{}: {field} missing",
                    path.display()
                );
            }
            for field in object.keys() {
                assert!(
                    def["properties"].get(field).is_some(),
                    "{}: {field} undescribed",
                    path.display()
                );
            }
        };
        check(&gold, &schema);
        for entity in gold["entities"].as_array().unwrap() {
            check(entity, &defs["entity"]);
        }
        for edge in gold["edges"].as_array().unwrap() {
            check(edge, &defs["edge"]);
        }
    }
}
