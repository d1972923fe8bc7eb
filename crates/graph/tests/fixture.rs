//! A small graph of two articles, built from model types the way extraction hands them over.

use cpec_graph::KnowledgeGraph;
use cpec_model::{Entity, EntityKey, Evidence, Extraction, Label, Relation, Span, Triple};

const DIALOGUE: &str = "2026-01-04-strategic-dialogue";
const VISIT: &str = "2025-02-05-zardari-visit";
const MEETING: &str = "7th Pakistan-China Foreign Ministers' Strategic Dialogue";

fn entity(label: Label, name: &str, aliases: &[&str]) -> Entity {
    let mut entity = Entity::new(label, name);
    for alias in aliases {
        entity.add_alias(alias);
    }
    entity
}

fn article(id: &str, title: &str, date: &str) -> Entity {
    let mut article = Entity::new(Label::Article, id);
    article.title = Some(title.to_string());
    article.date = date.parse().ok();
    article.path = Some(format!("seeds/{id}.txt"));
    article
}

struct Mention<'a> {
    article: &'a str,
    sentence: usize,
    text: &'a str,
    verb: &'a str,
    rule: &'a str,
    confidence: f64,
}

fn triple(
    subject: (Label, &str),
    relation: Relation,
    object: (Label, &str),
    mention: &Mention<'_>,
) -> Triple {
    let start = 100 * mention.sentence;
    let date = if mention.article == DIALOGUE {
        "2026-01-04"
    } else {
        "2025-02-05"
    };
    Triple {
        subject: EntityKey::new(subject.0, subject.1),
        relation,
        object: EntityKey::new(object.0, object.1),
        evidence: Evidence {
            article: mention.article.into(),
            sentence: mention.sentence,
            span: Span::new(start, start + mention.text.len()),
            text: mention.text.into(),
            verb: mention.verb.into(),
            rule: mention.rule.into(),
            date: date.parse().ok(),
            meeting: (mention.article == DIALOGUE)
                .then(|| EntityKey::new(Label::Meeting, MEETING).id().into()),
            confidence: mention.confidence,
        },
    }
}

/// The article on the 7th Strategic Dialogue.
pub(crate) fn dialogue() -> Extraction {
    let mut dar = entity(
        Label::Official,
        "Ishaq Dar",
        &["Dar", "the Deputy Prime Minister"],
    );
    dar.roles.extend([
        "Deputy Prime Minister".to_string(),
        "Foreign Minister".to_string(),
    ]);
    dar.country = Some("Pakistan".to_string());
    let mut wang = entity(Label::Official, "Wang Yi", &["Wang"]);
    wang.roles.insert("Foreign Minister".to_string());
    wang.country = Some("China".to_string());
    let mut meeting = entity(Label::Meeting, MEETING, &["the Strategic Dialogue"]);
    meeting.start_date = "2026-01-04".parse().ok();
    meeting.ordinal = Some(7);
    meeting.kind = Some("round".to_string());

    let opening = Mention {
        article: DIALOGUE,
        sentence: 1,
        text: "Ishaq Dar and Wang Yi co-chaired the 7th Strategic Dialogue in Beijing.",
        verb: "co-chair",
        rule: "chair.coordinated-subjects",
        confidence: 0.95,
    };
    let railway = Mention {
        article: DIALOGUE,
        sentence: 2,
        text: "Both sides agreed to \"accelerate\" Pakistan's ML-1 & KKH; the <timeline> holds.",
        verb: "agree",
        rule: "commit.agree-to",
        confidence: 0.85,
    };
    let talks = Mention {
        article: DIALOGUE,
        sentence: 3,
        text: "Wang Yi held talks with Dar.",
        verb: "meet",
        rule: "meet.held-talks",
        confidence: 0.8,
    };
    let (pakistan, china) = ((Label::Country, "Pakistan"), (Label::Country, "China"));
    let (dar_key, wang_key) = ((Label::Official, "Ishaq Dar"), (Label::Official, "Wang Yi"));
    let (meeting_key, ml1) = (
        (Label::Meeting, MEETING),
        (Label::Project, "ML-1 railway (Main Line-1)"),
    );
    Extraction {
        article: article(
            DIALOGUE,
            "Pakistan, China hold 7th Strategic Dialogue in Beijing",
            "2026-01-04",
        ),
        sentences: 4,
        entities: vec![
            entity(Label::Country, "Pakistan", &["Islamabad"]),
            entity(Label::Country, "China", &["Beijing"]),
            dar,
            wang,
            meeting,
            entity(Label::Location, "Beijing", &[]),
            entity(Label::Project, "ML-1 railway (Main Line-1)", &["ML-1"]),
        ],
        triples: vec![
            triple(dar_key, Relation::CoChaired, meeting_key, &opening),
            triple(wang_key, Relation::CoChaired, meeting_key, &opening),
            triple(
                meeting_key,
                Relation::HeldIn,
                (Label::Location, "Beijing"),
                &Mention {
                    verb: "hold",
                    rule: "held-in.in-city",
                    confidence: 0.9,
                    ..opening
                },
            ),
            triple(pakistan, Relation::CommittedTo, ml1, &railway),
            triple(china, Relation::CommittedTo, ml1, &railway),
            // Reversed on purpose: MET is symmetric, stored as Ishaq Dar → Wang Yi.
            triple(wang_key, Relation::Met, dar_key, &talks),
            // Not allowed by the ontology: rejected.
            triple(
                pakistan,
                Relation::CoChaired,
                (Label::Location, "Beijing"),
                &opening,
            ),
        ],
        diagnostics: Vec::new(),
    }
}

/// The article on President Zardari's state visit.
pub(crate) fn visit() -> Extraction {
    let pledge = Mention {
        article: VISIT,
        sentence: 4,
        text: "Pakistan pledged\nto speed up the Main Line-1\tupgrade.",
        verb: "pledge",
        rule: "commit.pledge",
        confidence: 0.7,
    };
    let title = Mention {
        article: VISIT,
        sentence: 0,
        text: "Foreign Minister Ishaq Dar of Pakistan accompanied the President.",
        verb: "of",
        rule: "represents.title-of",
        confidence: 0.6,
    };
    let mut dar = entity(Label::Official, "Ishaq Dar", &["Mr. Dar"]);
    dar.roles.insert("Foreign Minister".to_string());
    Extraction {
        article: article(
            VISIT,
            "Zardari's state visit: CPEC 2.0 \"upgraded\"",
            "2025-02-05",
        ),
        sentences: 6,
        entities: vec![
            entity(Label::Country, "Pakistan", &[]),
            dar,
            entity(
                Label::Project,
                "ML-1 railway (Main Line-1)",
                &["Main Line-1"],
            ),
        ],
        triples: vec![
            triple(
                (Label::Country, "Pakistan"),
                Relation::CommittedTo,
                (Label::Project, "ML-1 railway (Main Line-1)"),
                &pledge,
            ),
            triple(
                (Label::Official, "Ishaq Dar"),
                Relation::Represents,
                (Label::Country, "Pakistan"),
                &title,
            ),
        ],
        diagnostics: Vec::new(),
    }
}

/// Both articles in one graph.
pub(crate) fn graph() -> KnowledgeGraph {
    let mut graph = KnowledgeGraph::new();
    graph.add_extraction(&dialogue());
    graph.add_extraction(&visit());
    graph
}

/// Names with every character that needs care in XML, CSV or Cypher.
pub(crate) const NASTY: &[&str] = &[
    "A & B <C> \"D\" 'E', F; G\nH",
    "bell\u{7}and nul\u{0}and\u{FFFE}",
    "\u{1}",
    "اسحاق ڈار",
    "x² project",
    "tab\there\r\nand CRLF",
];

/// One official per nasty name, each visiting a Location named after it.
pub(crate) fn nasty_graph() -> KnowledgeGraph {
    let mut graph = KnowledgeGraph::new();
    for (i, name) in NASTY.iter().enumerate() {
        let mut official = Entity::new(Label::Official, *name);
        official.add_alias(&format!("{name}; alias"));
        official.roles.insert(format!("role, with; {name}"));
        graph.add_extraction(&Extraction {
            article: Entity::new(Label::Article, format!("article {i} & <{name}>")),
            sentences: 1,
            entities: vec![official.clone()],
            triples: vec![Triple {
                subject: official.key(),
                relation: Relation::Visited,
                object: EntityKey::new(Label::Location, format!("{name} city")),
                evidence: Evidence {
                    article: format!("article {i} & <{name}>").into(),
                    sentence: 0,
                    span: Span::new(0, 10),
                    text: format!("{name} visited \"{name} city\" & more; <b>").into(),
                    verb: "visit".into(),
                    rule: "visit\u{2}.x".into(),
                    date: None,
                    meeting: Some(format!("Meeting:{name}").into()),
                    confidence: 0.5,
                },
            }],
            diagnostics: Vec::new(),
        });
    }
    graph
}
