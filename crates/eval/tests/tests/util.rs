//! Paths of the shared files and predictions built from gold.

use std::path::PathBuf;

use cpec_eval::{GoldArticle, parse_gold};
use cpec_model::{Entity, EntityKey, Evidence, Extraction, Label, Span, Triple};

/// `/work/shared/devgold`, found from this crate's directory.
pub(crate) fn devgold_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/devgold")
}

/// The workspace's `schema/` directory.
pub(crate) fn schema_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../schema")
}

/// Every gold file of the dev set, parsed, with its file name; sorted by name.
pub(crate) fn devgold() -> Vec<(String, GoldArticle)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(devgold_dir())
        .expect("the dev-gold directory is readable")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            let gold = parse_gold(&text).unwrap_or_else(|err| panic!("{name}: {err}"));
            (name, gold)
        })
        .collect()
}

/// What a perfect extractor would give: every gold entity, and one triple per
/// gold edge whose index `keep_edge` accepts.
pub(crate) fn prediction(gold: &GoldArticle, keep_edge: impl Fn(usize) -> bool) -> Extraction {
    let key = |name: &str| {
        let entity = gold.entity(name).expect("edge endpoints name entities");
        EntityKey::new(entity.label, entity.name.clone())
    };
    let triples = gold
        .edges
        .iter()
        .enumerate()
        .filter(|(i, _)| keep_edge(*i))
        .map(|(i, edge)| Triple {
            subject: key(&edge.from),
            relation: edge.relation,
            object: key(&edge.to),
            evidence: Evidence {
                article: gold.id().into(),
                sentence: i,
                span: Span::new(0, 0),
                text: "".into(),
                verb: "gold".into(),
                rule: "gold".into(),
                date: None,
                meeting: None,
                confidence: 1.0,
            },
        })
        .collect();
    Extraction {
        article: Entity::new(Label::Article, gold.id()),
        sentences: 0,
        entities: gold
            .entities
            .iter()
            .map(|entity| entity.to_entity())
            .collect(),
        triples,
        diagnostics: vec![],
    }
}
