//! The files of `schema/` agree with the Rust types and with what the CLI writes.
//!
//! The schemas are data written by hand. These tests keep them from drifting:
//! `ontology.json` against `Label::ALL`, `Relation::ALL` and the serde form of
//! the model; the JSON Schemas against `Relation::allows` (every label pair),
//! against each other, and against the real output of `cpec-kg` on `seeds/` and
//! `tests/corpus/`; `gold.schema.json` against the gold files. Each schema is
//! also shown to reject what the model never writes, so that a schema that
//! accepts everything cannot pass.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use cpec_model::{Date, Entity, Evidence, Label, Relation, Span};
use jsonschema::Validator;
use serde_json::{Value, json};

use crate::support::{cpec_kg, root, seeds};

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn schema(name: &str) -> Value {
    read_json(&root().join("schema").join(name))
}

/// A draft 2020-12 validator that also checks `format` (so `2025-02-30` is no date).
fn validator(name: &str) -> Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema(name))
        .unwrap_or_else(|e| panic!("schema/{name} is not a valid schema: {e}"))
}

fn errors(validator: &Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
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

fn keys(object: &Value) -> BTreeSet<&str> {
    object
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {object}"))
        .keys()
        .map(String::as_str)
        .collect()
}

fn label_names() -> Vec<&'static str> {
    Label::ALL.map(Label::as_str).to_vec()
}

fn relation_names() -> Vec<&'static str> {
    Relation::ALL.map(Relation::as_str).to_vec()
}

/// The output folder of `cpec-kg build seeds`, built once for all tests here.
fn seeds_build() -> &'static Path {
    static OUT: OnceLock<PathBuf> = OnceLock::new();
    OUT.get_or_init(|| {
        let out = crate::support::scratch("schema-seeds");
        let output = cpec_kg()
            .arg("build")
            .arg(seeds())
            .arg("--out")
            .arg(&out)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        out
    })
}

/// The lines of `cpec-kg extract tests/corpus`.
fn corpus_triples() -> Vec<Value> {
    let output = cpec_kg()
        .arg("extract")
        .arg(root().join("tests/corpus"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    json_lines(&String::from_utf8(output.stdout).unwrap())
}

fn json_lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

fn seed_triples() -> Vec<Value> {
    json_lines(&std::fs::read_to_string(seeds_build().join("triples.jsonl")).unwrap())
}

fn seed_graph() -> Value {
    read_json(&seeds_build().join("graph.json"))
}

/// An entity with every attribute set, so that serde writes every field.
fn full_entity() -> Entity {
    let mut entity = Entity::new(Label::Meeting, "M");
    entity.add_alias("m");
    entity.roles.insert("Chair".to_string());
    entity.country = Some("Pakistan".to_string());
    entity.start_date = Date::new(2026, 1, 4);
    entity.end_date = Date::new(2026, 1, 5);
    entity.ordinal = Some(7);
    entity.kind = Some("round".to_string());
    entity.date = Date::new(2026, 1, 5);
    entity.title = Some("Headline".to_string());
    entity.path = Some("seeds/a.txt".to_string());
    entity
}

/// Evidence with every optional field set.
fn full_evidence() -> Evidence {
    Evidence {
        article: "a".into(),
        sentence: 1,
        span: Span::new(0, 8),
        text: "Sentence".into(),
        verb: "agree".into(),
        rule: "commit.cue".into(),
        date: Date::new(2026, 1, 4),
        meeting: Some("Meeting:m".into()),
        confidence: 0.9,
    }
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

#[test]
fn ontology_json_properties_are_the_models() {
    let ontology = schema("ontology.json");
    let types: BTreeSet<&str> = names(&ontology["types"]).into_iter().collect();
    let sections = [
        "edge_properties",
        "merged_edge_properties",
        "merged_node_properties",
    ];
    let mut declared = Vec::new();
    for label in ontology["labels"].as_array().unwrap() {
        let properties = &label["properties"];
        let listed = names(properties);
        assert_eq!(
            listed[..2],
            ["id", "name"],
            "{}: id and name first",
            label["name"]
        );
        let unique: BTreeSet<&str> = listed.iter().copied().collect();
        assert_eq!(
            unique.len(),
            listed.len(),
            "{}: repeated property",
            label["name"]
        );
        assert!(label["description"].as_str().is_some_and(|d| !d.is_empty()));
        declared.extend(properties.as_array().unwrap());
    }
    for section in sections {
        declared.extend(ontology[section].as_array().unwrap());
    }
    for property in declared {
        let ty = property["type"].as_str().unwrap();
        assert!(
            types.contains(ty),
            "{property}: type {ty:?} is not in `types`"
        );
    }

    // Every attribute of Entity belongs to some label, and every label property
    // but the id is an attribute of Entity.
    let entity = serde_json::to_value(full_entity()).unwrap();
    let mut attributes = keys(&entity);
    attributes.remove("label");
    let mut label_properties: BTreeSet<&str> = ontology["labels"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|label| names(&label["properties"]))
        .collect();
    label_properties.remove("id");
    assert_eq!(label_properties, attributes);

    // The edge properties are the fields of Evidence as serde writes them.
    let evidence = serde_json::to_value(full_evidence()).unwrap();
    let edge_properties: BTreeSet<&str> = names(&ontology["edge_properties"]).into_iter().collect();
    assert_eq!(edge_properties, keys(&evidence));

    // The merged properties are what graph.json adds to edges and nodes.
    let graph = schema("graph.schema.json");
    let mut edge_fields = keys(&graph["$defs"]["edge"]["properties"]);
    for endpoint in ["source", "type", "target"] {
        edge_fields.remove(endpoint);
    }
    let merged: BTreeSet<&str> = names(&ontology["merged_edge_properties"])
        .into_iter()
        .collect();
    assert_eq!(merged, edge_fields);
    let node_fields = keys(&graph["$defs"]["node"]["properties"]);
    for property in names(&ontology["merged_node_properties"]) {
        assert!(
            node_fields.contains(property),
            "graph nodes lack {property}"
        );
    }
}

/// What the extractor writes on the seeds uses, for each label, only the
/// properties `ontology.json` lists for it.
#[test]
fn seed_nodes_carry_only_their_labels_properties() {
    let ontology = schema("ontology.json");
    let graph = seed_graph();
    let nodes = graph["nodes"].as_array().unwrap();
    assert!(
        nodes.len() > 100,
        "too few nodes to say anything: {}",
        nodes.len()
    );
    for node in nodes {
        let label = node["label"].as_str().unwrap();
        let entry = ontology["labels"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["name"] == label)
            .unwrap_or_else(|| panic!("label {label} missing from ontology.json"));
        let allowed: BTreeSet<&str> = names(&entry["properties"]).into_iter().collect();
        for (key, value) in node.as_object().unwrap() {
            let empty = value.as_array().is_some_and(Vec::is_empty);
            if matches!(key.as_str(), "label" | "mentions") || empty {
                continue;
            }
            assert!(
                allowed.contains(key.as_str()),
                "{}: {key} is not a property of {label} in ontology.json",
                node["id"]
            );
        }
    }
}

#[test]
fn schema_enums_are_label_all_and_relation_all() {
    for name in ["triple.schema.json", "graph.schema.json"] {
        let schema = schema(name);
        let defs = &schema["$defs"];
        assert_eq!(strings(&defs["label"]["enum"]), label_names(), "{name}");
        assert_eq!(
            strings(&defs["relationship_type"]["enum"]),
            relation_names(),
            "{name}"
        );
        let id_pattern = defs["node_id"]["pattern"].as_str().unwrap();
        let prefix = format!("^({}):", label_names().join("|"));
        assert!(id_pattern.starts_with(&prefix), "{name}: {id_pattern}");
    }
    let gold = schema("gold.schema.json");
    let annotated: Vec<&str> = label_names()
        .into_iter()
        .filter(|l| *l != Label::Article.as_str())
        .collect();
    assert_eq!(strings(&gold["$defs"]["label"]["enum"]), annotated);
    assert_eq!(
        strings(&gold["$defs"]["relationship_type"]["enum"]),
        relation_names()
    );
}

/// The two schemas repeat their shared definitions (each is self-contained,
/// for validators that cannot resolve one file from another); they must not differ.
#[test]
fn triple_and_graph_schemas_share_their_definitions() {
    let (triple, graph) = (schema("triple.schema.json"), schema("graph.schema.json"));
    for def in ["label", "relationship_type", "span", "date", "node_id"] {
        assert_eq!(triple["$defs"][def], graph["$defs"][def], "$defs/{def}");
    }
    let mut triple_fields = triple["properties"].as_object().unwrap().clone();
    for key in ["subject", "relation", "object"] {
        triple_fields.remove(key);
    }
    let evidence = &graph["$defs"]["evidence"];
    assert_eq!(Value::Object(triple_fields), evidence["properties"]);
    let required: Vec<&str> = strings(&triple["required"])
        .into_iter()
        .filter(|k| !matches!(*k, "subject" | "relation" | "object"))
        .collect();
    assert_eq!(required, strings(&evidence["required"]));
}

/// For every relationship type and every pair of labels, the schemas accept
/// the triple and the edge exactly when `Relation::allows` does.
#[test]
fn schemas_allow_exactly_the_ontology_label_pairs() {
    let (triples, graphs) = (
        validator("triple.schema.json"),
        validator("graph.schema.json"),
    );
    let evidence = serde_json::to_value(full_evidence()).unwrap();
    let mut allowed = 0;
    for relation in Relation::ALL {
        for from in Label::ALL {
            for to in Label::ALL {
                let mut triple = json!({
                    "subject": {"label": from, "name": "A"},
                    "relation": relation,
                    "object": {"label": to, "name": "B"},
                });
                for (key, value) in evidence.as_object().unwrap() {
                    triple[key] = value.clone();
                }
                let (source, target) = (format!("{from}:a"), format!("{to}:b"));
                let graph = json!({
                    "nodes": [
                        {"id": source, "label": from, "name": "A", "aliases": [], "mentions": 1},
                        {"id": target, "label": to, "name": "B", "aliases": [], "mentions": 1},
                    ],
                    "edges": [{
                        "source": source, "target": target, "type": relation,
                        "mentions": 1, "confidence": 0.9, "evidence": [evidence],
                    }],
                });
                let expected = relation.allows(from, to);
                allowed += usize::from(expected);
                let case = format!("{from} -{relation}-> {to}");
                assert_eq!(triples.is_valid(&triple), expected, "triple {case}");
                assert_eq!(graphs.is_valid(&graph), expected, "graph {case}");
            }
        }
    }
    assert!(allowed > 50, "only {allowed} pairs allowed");
}

#[test]
fn real_triples_fit_the_triple_schema() {
    let validator = validator("triple.schema.json");
    let seeds = seed_triples();
    let corpus = corpus_triples();
    assert!(
        seeds.len() > 100 && corpus.len() > 100,
        "{} {}",
        seeds.len(),
        corpus.len()
    );
    for triple in seeds.iter().chain(&corpus) {
        let errors = errors(&validator, triple);
        assert!(errors.is_empty(), "{triple}\n{}", errors.join("\n"));
    }
    // Both optional fields occur, so the schema's description of them is exercised.
    for optional in ["date", "meeting"] {
        assert!(
            seeds.iter().any(|t| t.get(optional).is_some()),
            "{optional}"
        );
    }
}

#[test]
fn real_graph_fits_the_graph_schema() {
    let graph = seed_graph();
    assert!(graph["edges"].as_array().unwrap().len() > 100);
    let errors = errors(&validator("graph.schema.json"), &graph);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

/// `span` is a byte range of the article and `evidence` the text it covers.
#[test]
fn spans_cover_the_evidence_text() {
    for triple in seed_triples() {
        let article = triple["article"].as_str().unwrap();
        let text =
            std::fs::read_to_string(root().join("seeds").join(format!("{article}.txt"))).unwrap();
        let span = &triple["span"];
        let (start, end) = (
            span["start"].as_u64().unwrap(),
            span["end"].as_u64().unwrap(),
        );
        let covered = text.get(start as usize..end as usize);
        assert_eq!(covered, triple["evidence"].as_str(), "{triple}");
    }
}

#[test]
fn schemas_reject_what_the_model_never_writes() {
    let triples = validator("triple.schema.json");
    let triple = seed_triples().swap_remove(0);
    assert!(triples.is_valid(&triple));
    let broken: [(&str, Value); 9] = [
        ("relation", json!("COMMITS_TO")),
        ("subject", json!({"label": "Person", "name": "X"})),
        ("subject", json!({"label": "Official"})),
        ("confidence", json!(1.5)),
        ("date", json!("2025-02-30")),
        ("rule", json!("Commit cue")),
        ("meeting", json!("Official:ishaq-dar")),
        ("sentence", json!(-1)),
        ("colour", json!("red")),
    ];
    for (key, value) in broken {
        let mut bad = triple.clone();
        bad[key] = value;
        assert!(!triples.is_valid(&bad), "accepted {key} = {}", bad[key]);
    }
    let mut bad = triple.clone();
    bad.as_object_mut().unwrap().remove("rule");
    assert!(!triples.is_valid(&bad), "accepted a triple without rule");

    let graphs = validator("graph.schema.json");
    let graph = seed_graph();
    let breakages: [(&str, Value); 6] = [
        ("/nodes/0/id", json!("Country:wrong-label")),
        ("/nodes/0/id", json!("Agreement:Upper Case")),
        ("/nodes/0/aliases", json!(["x", "x"])),
        ("/edges/0/evidence", json!([])),
        ("/edges/0/mentions", json!(0)),
        ("/edges/0/type", json!("COMMITS_TO")),
    ];
    for (pointer, value) in breakages {
        let mut bad = graph.clone();
        *bad.pointer_mut(pointer).unwrap() = value;
        assert!(
            !graphs.is_valid(&bad),
            "accepted {pointer} = {}",
            bad.pointer(pointer).unwrap()
        );
    }
}

fn gold_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
}

/// The dev gold beside the project (`../shared/devgold`) and the held-out gold
/// of `tests/corpus/gold` are valid gold files.
#[test]
fn gold_files_fit_the_gold_schema() {
    let validator = validator("gold.schema.json");
    let dirs = [
        root().join("../shared/devgold"),
        root().join("tests/corpus/gold"),
    ];
    for dir in dirs {
        let files = gold_files(&dir);
        assert!(!files.is_empty(), "no gold files in {}", dir.display());
        for path in files {
            let gold = read_json(&path);
            let errors = errors(&validator, &gold);
            assert!(
                errors.is_empty(),
                "{}:\n{}",
                path.display(),
                errors.join("\n")
            );
        }
    }
    let mut bad = read_json(&gold_files(&root().join("tests/corpus/gold"))[0]);
    bad["edges"][0]["type"] = json!("COMMITS_TO");
    assert!(
        !validator.is_valid(&bad),
        "accepted an unknown relationship type"
    );
}
