//! Scoring one article: match predicted nodes to gold entities, then count entities and edges.

use std::collections::{BTreeMap, BTreeSet};

use cpec_model::{EntityKey, Evidence, Extraction, Label, Relation};
use serde::Serialize;

use crate::counts::Scores;
use crate::gold::GoldArticle;
use crate::normalize::{Token, jaccard, normalize, tokens};

/// The lowest token-set Jaccard at which two names match when one side is a Meeting.
pub const MEETING_JACCARD: f64 = 0.6;

/// The score of one article, with what was matched, missed and spurious.
///
/// Every list is sorted, so the same inputs give the same report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleScore {
    /// The gold file's `article` (`000_63eb1184c8b0a74b.txt`).
    pub article: String,
    #[serde(flatten)]
    pub scores: Scores,
    /// Predicted node ↔ gold entity, by predicted id.
    pub matches: Vec<EntityMatch>,
    /// Predicted nodes matched to no gold entity, by id.
    pub unmatched_predicted: Vec<PredictedNode>,
    /// Gold entities matched to no predicted node, by name.
    pub unmatched_gold: Vec<GoldNode>,
    /// Gold edges no predicted edge matched, by (from, type, to).
    pub missed_edges: Vec<MissedEdge>,
    /// Predicted edges that match no gold edge, by (from id, type, to id).
    pub spurious_edges: Vec<SpuriousEdge>,
}

/// A predicted node (an entity of the extraction or a triple endpoint).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct PredictedNode {
    /// Node id, `Label:slug`.
    pub id: String,
    pub label: Label,
    pub name: String,
}

/// A gold entity, without its aliases.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct GoldNode {
    pub name: String,
    pub label: Label,
}

/// How a predicted node was matched to a gold entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchKind {
    /// A normalised name or alias is equal on both sides.
    Name,
    /// One side is a Meeting and the token-set Jaccard reached [`MEETING_JACCARD`].
    Jaccard,
}

/// One pair of the one-to-one entity matching.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityMatch {
    /// Predicted node id.
    pub predicted: String,
    pub predicted_label: Label,
    /// Gold entity name.
    pub gold: String,
    pub gold_label: Label,
    pub kind: MatchKind,
    /// 1.0 for a name match, the Jaccard otherwise.
    pub similarity: f64,
}

impl EntityMatch {
    /// Whether the match also counts as typed.
    pub fn labels_agree(&self) -> bool {
        self.predicted_label == self.gold_label
    }
}

/// A gold edge that no predicted edge matched.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct MissedEdge {
    pub from: String,
    #[serde(rename = "type")]
    pub relation: Relation,
    pub to: String,
    /// Id of the predicted node matched to `from`, if any.
    pub from_match: Option<String>,
    /// Id of the predicted node matched to `to`, if any.
    pub to_match: Option<String>,
}

/// A predicted edge that matches no gold edge.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpuriousEdge {
    pub from: PredictedNode,
    #[serde(rename = "type")]
    pub relation: Relation,
    pub to: PredictedNode,
    /// Name of the gold entity matched to `from`, if any.
    pub from_match: Option<String>,
    /// Name of the gold entity matched to `to`, if any.
    pub to_match: Option<String>,
    /// The highest confidence among the edge's triples.
    pub confidence: f64,
    /// The evidence of the edge's first triple.
    pub evidence: EdgeEvidence,
}

/// What a report shows of a triple's [`Evidence`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EdgeEvidence {
    /// 0-based sentence index.
    pub sentence: usize,
    /// The sentence text.
    pub text: String,
    /// Id of the extraction rule that fired.
    pub rule: String,
    /// Lemma of the cue.
    pub verb: String,
    pub confidence: f64,
}

impl From<&Evidence> for EdgeEvidence {
    fn from(evidence: &Evidence) -> EdgeEvidence {
        EdgeEvidence {
            sentence: evidence.sentence,
            text: evidence.text.to_string(),
            rule: evidence.rule.to_string(),
            verb: evidence.verb.to_string(),
            confidence: evidence.confidence,
        }
    }
}

/// A node on either side, with what its names are compared by.
struct Node {
    label: Label,
    name: String,
    /// Normalised name and aliases, empty forms left out.
    forms: BTreeSet<String>,
    /// Token sets of the name and of each alias.
    token_sets: Vec<BTreeSet<Token>>,
}

impl Node {
    fn new<'a>(label: Label, name: &'a str, aliases: impl IntoIterator<Item = &'a String>) -> Node {
        let names: Vec<&str> = std::iter::once(name)
            .chain(aliases.into_iter().map(String::as_str))
            .collect();
        Node {
            label,
            name: name.to_string(),
            forms: names
                .iter()
                .map(|n| normalize(n))
                .filter(|f| !f.is_empty())
                .collect(),
            token_sets: names.iter().map(|n| tokens(n)).collect(),
        }
    }
}

/// A candidate pair of the matching.
struct Candidate {
    score: f64,
    /// The canonical names themselves are equal once normalised.
    names_equal: bool,
    predicted: usize,
    gold: usize,
    kind: MatchKind,
    similarity: f64,
}

/// One-to-one matching of predicted nodes (sorted by id) to gold entities.
///
/// A pair is a candidate when a normalised name or alias is equal on both sides
/// (score 2.0) or, when either side is a Meeting, when the best token-set
/// Jaccard between any name or alias of one and any of the other is at least
/// [`MEETING_JACCARD`] (score = the Jaccard). Agreeing labels add 0.5. Pairs
/// are taken best first; among equal scores a pair whose canonical names are
/// equal comes first, then the lower predicted id, then the lower gold name.
fn match_nodes(
    predicted: &[Node],
    predicted_ids: &[String],
    gold: &[Node],
) -> Vec<Option<(usize, MatchKind, f64)>> {
    let mut candidates = Vec::new();
    for (p, pred) in predicted.iter().enumerate() {
        for (g, gold_node) in gold.iter().enumerate() {
            let by_name = !pred.forms.is_disjoint(&gold_node.forms);
            let (kind, base, similarity) = if by_name {
                (MatchKind::Name, 2.0, 1.0)
            } else if pred.label == Label::Meeting || gold_node.label == Label::Meeting {
                let best = pred
                    .token_sets
                    .iter()
                    .flat_map(|a| gold_node.token_sets.iter().map(move |b| jaccard(a, b)))
                    .fold(0.0, f64::max);
                if best < MEETING_JACCARD {
                    continue;
                }
                (MatchKind::Jaccard, best, best)
            } else {
                continue;
            };
            let bonus = if pred.label == gold_node.label {
                0.5
            } else {
                0.0
            };
            candidates.push(Candidate {
                score: base + bonus,
                names_equal: normalize(&pred.name) == normalize(&gold_node.name),
                predicted: p,
                gold: g,
                kind,
                similarity,
            });
        }
    }
    candidates.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.names_equal.cmp(&a.names_equal))
            .then(predicted_ids[a.predicted].cmp(&predicted_ids[b.predicted]))
            .then(a.predicted.cmp(&b.predicted))
            .then(gold[a.gold].name.cmp(&gold[b.gold].name))
            .then(a.gold.cmp(&b.gold))
    });
    let mut assigned = vec![None; predicted.len()];
    let mut gold_taken = vec![false; gold.len()];
    for candidate in candidates {
        if assigned[candidate.predicted].is_none() && !gold_taken[candidate.gold] {
            assigned[candidate.predicted] =
                Some((candidate.gold, candidate.kind, candidate.similarity));
            gold_taken[candidate.gold] = true;
        }
    }
    assigned
}

/// An edge key in which a symmetric relation's endpoints are put in order, so
/// that `a MET b` and `b MET a` are one edge.
fn canonical<T: Ord + Clone>(from: &T, relation: Relation, to: &T) -> (T, Relation, T) {
    if relation.is_symmetric() && to < from {
        (to.clone(), relation, from.clone())
    } else {
        (from.clone(), relation, to.clone())
    }
}

/// A predicted edge: the orientation and evidence of its first triple.
struct PredictedEdge {
    from: usize,
    relation: Relation,
    to: usize,
    first_triple: usize,
    confidence: f64,
}

/// Scores one article's extraction against its gold graph.
///
/// Predicted nodes are the extraction's entities plus any triple endpoint not
/// among them; Article nodes, and edges that touch them, are ignored on both
/// sides. Nodes are matched one to one to gold entities (see
/// [`meeting_jaccard`](crate::meeting_jaccard) and [`normalize`](crate::normalize)
/// for when names match). Predicted edges are the distinct (subject, type,
/// object) of the triples, `MET` counted once whichever way it runs. A predicted
/// edge is correct when its endpoints are matched to a gold edge's endpoints in
/// that direction (either direction for `MET`) and the type is equal; each gold
/// edge is matched at most once.
pub fn score_article(gold: &GoldArticle, predicted: &Extraction) -> ArticleScore {
    // Predicted nodes, by key, with aliases united.
    let mut by_key: BTreeMap<EntityKey, BTreeSet<String>> = BTreeMap::new();
    for entity in predicted
        .entities
        .iter()
        .filter(|e| e.label != Label::Article)
    {
        let aliases = by_key.entry(entity.key()).or_default();
        aliases.extend(entity.aliases.iter().cloned());
    }
    for triple in &predicted.triples {
        for key in [&triple.subject, &triple.object] {
            if key.label != Label::Article && !by_key.contains_key(key) {
                by_key.insert(key.clone(), BTreeSet::new());
            }
        }
    }
    let mut keyed: Vec<(String, EntityKey, BTreeSet<String>)> = by_key
        .into_iter()
        .map(|(key, aliases)| (key.id(), key, aliases))
        .collect();
    keyed.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    let predicted_ids: Vec<String> = keyed.iter().map(|(id, _, _)| id.clone()).collect();
    let predicted_nodes: Vec<Node> = keyed
        .iter()
        .map(|(_, key, aliases)| Node::new(key.label, &key.name, aliases))
        .collect();
    let node_index: BTreeMap<&EntityKey, usize> = keyed
        .iter()
        .enumerate()
        .map(|(i, (_, key, _))| (key, i))
        .collect();

    let gold_entities: Vec<&crate::GoldEntity> = gold
        .entities
        .iter()
        .filter(|e| e.label != Label::Article)
        .collect();
    let gold_nodes: Vec<Node> = gold_entities
        .iter()
        .map(|e| Node::new(e.label, &e.name, &e.aliases))
        .collect();

    let assigned = match_nodes(&predicted_nodes, &predicted_ids, &gold_nodes);
    let mut gold_match: Vec<Option<usize>> = vec![None; gold_nodes.len()];
    for (p, assignment) in assigned.iter().enumerate() {
        if let Some((g, _, _)) = assignment {
            gold_match[*g] = Some(p);
        }
    }

    let mut scores = Scores::default();
    let mut matches = Vec::new();
    for (p, assignment) in assigned.iter().enumerate() {
        let pred = &predicted_nodes[p];
        match assignment {
            Some((g, kind, similarity)) => {
                let gold_node = &gold_nodes[*g];
                scores.entities.tp += 1;
                if pred.label == gold_node.label {
                    scores.typed_entities.tp += 1;
                    scores.by_label.entry(pred.label).or_default().tp += 1;
                } else {
                    scores.typed_entities.fp += 1;
                    scores.typed_entities.fn_ += 1;
                    scores.by_label.entry(pred.label).or_default().fp += 1;
                    scores.by_label.entry(gold_node.label).or_default().fn_ += 1;
                }
                matches.push(EntityMatch {
                    predicted: predicted_ids[p].clone(),
                    predicted_label: pred.label,
                    gold: gold_node.name.clone(),
                    gold_label: gold_node.label,
                    kind: *kind,
                    similarity: *similarity,
                });
            }
            None => {
                scores.entities.fp += 1;
                scores.typed_entities.fp += 1;
                scores.by_label.entry(pred.label).or_default().fp += 1;
            }
        }
    }
    for (g, gold_node) in gold_nodes.iter().enumerate() {
        if gold_match[g].is_none() {
            scores.entities.fn_ += 1;
            scores.typed_entities.fn_ += 1;
            scores.by_label.entry(gold_node.label).or_default().fn_ += 1;
        }
    }

    // Gold edges, distinct, by gold entity index; edges naming no (non-Article)
    // entity are kept by name so that they still count as missed.
    let gold_index: BTreeMap<&str, usize> = gold_nodes
        .iter()
        .enumerate()
        .rev()
        .map(|(g, node)| (node.name.as_str(), g))
        .collect();
    let article_names: BTreeSet<&str> = gold
        .entities
        .iter()
        .filter(|e| e.label == Label::Article)
        .map(|e| e.name.as_str())
        .collect();
    let mut gold_edges: BTreeMap<(String, Relation, String), (String, String)> = BTreeMap::new();
    for edge in &gold.edges {
        if article_names.contains(edge.from.as_str()) || article_names.contains(edge.to.as_str()) {
            continue;
        }
        gold_edges
            .entry(canonical(&edge.from, edge.relation, &edge.to))
            .or_insert_with(|| (edge.from.clone(), edge.to.clone()));
    }

    // Predicted edges, distinct.
    let mut predicted_edges: BTreeMap<(usize, Relation, usize), PredictedEdge> = BTreeMap::new();
    for (t, triple) in predicted.triples.iter().enumerate() {
        let (Some(&from), Some(&to)) = (
            node_index.get(&triple.subject),
            node_index.get(&triple.object),
        ) else {
            continue; // an Article endpoint
        };
        let confidence = triple.evidence.confidence;
        predicted_edges
            .entry(canonical(&from, triple.relation, &to))
            .and_modify(|edge| edge.confidence = edge.confidence.max(confidence))
            .or_insert(PredictedEdge {
                from,
                relation: triple.relation,
                to,
                first_triple: t,
                confidence,
            });
    }

    let gold_name_of = |p: usize| assigned[p].map(|(g, _, _)| gold_nodes[g].name.clone());
    let mut gold_used: BTreeSet<(String, Relation, String)> = BTreeSet::new();
    let mut spurious_edges = Vec::new();
    for edge in predicted_edges.values() {
        let from_match = gold_name_of(edge.from);
        let to_match = gold_name_of(edge.to);
        let correct = match (&from_match, &to_match) {
            (Some(from), Some(to)) => {
                let key = canonical(from, edge.relation, to);
                gold_edges.contains_key(&key) && gold_used.insert(key)
            }
            _ => false,
        };
        scores.calibration.record(edge.confidence, correct);
        let counts = scores.by_type.entry(edge.relation).or_default();
        if correct {
            scores.edges.tp += 1;
            counts.tp += 1;
        } else {
            scores.edges.fp += 1;
            counts.fp += 1;
            let node = |p: usize| PredictedNode {
                id: predicted_ids[p].clone(),
                label: predicted_nodes[p].label,
                name: predicted_nodes[p].name.clone(),
            };
            spurious_edges.push(SpuriousEdge {
                from: node(edge.from),
                relation: edge.relation,
                to: node(edge.to),
                from_match,
                to_match,
                confidence: edge.confidence,
                evidence: EdgeEvidence::from(&predicted.triples[edge.first_triple].evidence),
            });
        }
    }

    let predicted_id_of = |name: &str| {
        gold_index
            .get(name)
            .and_then(|&g| gold_match[g])
            .map(|p| predicted_ids[p].clone())
    };
    let mut missed_edges = Vec::new();
    for (key, (from, to)) in &gold_edges {
        if gold_used.contains(key) {
            continue;
        }
        scores.edges.fn_ += 1;
        scores.by_type.entry(key.1).or_default().fn_ += 1;
        missed_edges.push(MissedEdge {
            from: from.clone(),
            relation: key.1,
            to: to.clone(),
            from_match: predicted_id_of(from),
            to_match: predicted_id_of(to),
        });
    }

    let unmatched_predicted = (0..predicted_nodes.len())
        .filter(|&p| assigned[p].is_none())
        .map(|p| PredictedNode {
            id: predicted_ids[p].clone(),
            label: predicted_nodes[p].label,
            name: predicted_nodes[p].name.clone(),
        })
        .collect();
    let mut unmatched_gold: Vec<GoldNode> = (0..gold_nodes.len())
        .filter(|&g| gold_match[g].is_none())
        .map(|g| GoldNode {
            name: gold_nodes[g].name.clone(),
            label: gold_nodes[g].label,
        })
        .collect();
    unmatched_gold.sort();
    missed_edges.sort();
    spurious_edges.sort_by(|a, b| {
        (&a.from.id, a.relation, &a.to.id).cmp(&(&b.from.id, b.relation, &b.to.id))
    });

    ArticleScore {
        article: gold.article.clone(),
        scores,
        matches,
        unmatched_predicted,
        unmatched_gold,
        missed_edges,
        spurious_edges,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Counts, GoldEdge, GoldEntity};
    use cpec_model::{Entity, Span, Triple};

    fn gold(entities: &[(Label, &str, &[&str])], edges: &[(&str, Relation, &str)]) -> GoldArticle {
        GoldArticle {
            article: "t.txt".into(),
            date: None,
            entities: entities
                .iter()
                .map(|(label, name, aliases)| GoldEntity {
                    label: *label,
                    name: name.to_string(),
                    aliases: aliases.iter().map(|a| a.to_string()).collect(),
                })
                .collect(),
            edges: edges
                .iter()
                .map(|(from, relation, to)| GoldEdge {
                    from: from.to_string(),
                    relation: *relation,
                    to: to.to_string(),
                })
                .collect(),
        }
    }

    fn evidence(rule: &str, confidence: f64) -> Evidence {
        Evidence {
            article: "t".into(),
            sentence: 0,
            span: Span::new(0, 4),
            text: "Text.".into(),
            verb: "meet".into(),
            rule: rule.into(),
            date: None,
            meeting: None,
            confidence,
        }
    }

    /// (subject, type, object, confidence)
    type PredictedTriple<'a> = ((Label, &'a str), Relation, (Label, &'a str), f64);

    fn extraction(
        entities: &[(Label, &str, &[&str])],
        triples: &[PredictedTriple<'_>],
    ) -> Extraction {
        Extraction {
            article: Entity::new(Label::Article, "t"),
            sentences: 1,
            entities: entities
                .iter()
                .map(|(label, name, aliases)| {
                    let mut entity = Entity::new(*label, *name);
                    for alias in *aliases {
                        entity.add_alias(alias);
                    }
                    entity
                })
                .collect(),
            triples: triples
                .iter()
                .map(|((sl, s), relation, (ol, o), confidence)| Triple {
                    subject: EntityKey::new(*sl, *s),
                    relation: *relation,
                    object: EntityKey::new(*ol, *o),
                    evidence: evidence("r", *confidence),
                })
                .collect(),
            diagnostics: vec![],
        }
    }

    fn pairs(score: &ArticleScore) -> Vec<(String, String)> {
        score
            .matches
            .iter()
            .map(|m| (m.predicted.clone(), m.gold.clone()))
            .collect()
    }

    #[test]
    fn matching_is_one_to_one_and_prefers_the_canonical_name() {
        let gold = gold(&[(Label::Official, "Ishaq Dar", &["Dar"])], &[]);
        let predicted = extraction(
            &[
                (Label::Official, "Dar", &[]),
                (Label::Official, "Ishaq Dar", &[]),
            ],
            &[],
        );
        let score = score_article(&gold, &predicted);
        assert_eq!(
            pairs(&score),
            [("Official:ishaq-dar".to_string(), "Ishaq Dar".to_string())]
        );
        assert_eq!(
            score.scores.entities,
            Counts {
                tp: 1,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(score.unmatched_predicted[0].id, "Official:dar");
    }

    #[test]
    fn agreeing_labels_win_a_shared_alias() {
        // "Beijing" is an alias of the Country and the name of the Location.
        let gold = gold(
            &[
                (Label::Country, "China", &["Beijing"]),
                (Label::Location, "Beijing", &[]),
            ],
            &[],
        );
        let predicted = extraction(&[(Label::Location, "Beijing", &[])], &[]);
        let score = score_article(&gold, &predicted);
        assert_eq!(
            pairs(&score),
            [("Location:beijing".to_string(), "Beijing".to_string())]
        );
        assert_eq!(
            score.scores.typed_entities,
            Counts {
                tp: 1,
                fp: 0,
                fn_: 1
            }
        );
    }

    #[test]
    fn a_label_mismatch_counts_untyped_only() {
        let gold = gold(&[(Label::Project, "Khunjerab Pass", &[])], &[]);
        let predicted = extraction(&[(Label::Location, "Khunjerab Pass", &[])], &[]);
        let score = score_article(&gold, &predicted);
        assert_eq!(
            score.scores.entities,
            Counts {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(
            score.scores.typed_entities,
            Counts {
                tp: 0,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(
            score.scores.by_label[&Label::Location],
            Counts {
                tp: 0,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(
            score.scores.by_label[&Label::Project],
            Counts {
                tp: 0,
                fp: 0,
                fn_: 1
            }
        );
    }

    #[test]
    fn meetings_match_by_jaccard_but_not_across_ordinals() {
        let gold = gold(
            &[
                (
                    Label::Meeting,
                    "5th meeting of the CPEC Joint Working Group on International Cooperation",
                    &[],
                ),
                (
                    Label::Meeting,
                    "4th meeting of the CPEC Joint Working Group on International Cooperation",
                    &[],
                ),
            ],
            &[],
        );
        let predicted = extraction(
            &[(
                Label::Meeting,
                "Fifth Meeting of CPEC Joint Working Group for International Cooperation and Coordination",
                &[],
            )],
            &[],
        );
        let score = score_article(&gold, &predicted);
        assert_eq!(score.matches.len(), 1);
        assert_eq!(score.matches[0].gold, gold.entities[0].name);
        assert_eq!(score.matches[0].kind, MatchKind::Jaccard);
        // {5, meeting, cpec, joint, working, group, international, cooperation} + coordination
        assert!((score.matches[0].similarity - 8.0 / 9.0).abs() < 1e-12);
        // Not a Meeting on either side: no Jaccard.
        let gold_org = super::tests::gold(
            &[(Label::Organization, "Joint Working Group on Trade", &[])],
            &[],
        );
        let predicted = extraction(
            &[(
                Label::Organization,
                "Joint Working Group on Trade Matters",
                &[],
            )],
            &[],
        );
        assert!(score_article(&gold_org, &predicted).matches.is_empty());
    }

    #[test]
    fn met_is_symmetric() {
        let gold = gold(
            &[
                (Label::Official, "Amna Baloch", &[]),
                (Label::Official, "Ma Zhaoxu", &[]),
            ],
            &[("Amna Baloch", Relation::Met, "Ma Zhaoxu")],
        );
        let reversed = extraction(
            &[],
            &[(
                (Label::Official, "Ma Zhaoxu"),
                Relation::Met,
                (Label::Official, "Amna Baloch"),
                0.9,
            )],
        );
        let score = score_article(&gold, &reversed);
        assert_eq!(
            score.scores.edges,
            Counts {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        // Both directions are one edge, not one correct and one spurious.
        let both = extraction(
            &[],
            &[
                (
                    (Label::Official, "Ma Zhaoxu"),
                    Relation::Met,
                    (Label::Official, "Amna Baloch"),
                    0.6,
                ),
                (
                    (Label::Official, "Amna Baloch"),
                    Relation::Met,
                    (Label::Official, "Ma Zhaoxu"),
                    0.9,
                ),
            ],
        );
        let score = score_article(&gold, &both);
        assert_eq!(
            score.scores.edges,
            Counts {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(
            score.scores.calibration.buckets[5].correct, 1,
            "max confidence 0.9"
        );
    }

    #[test]
    fn other_edges_are_directed() {
        let gold = gold(
            &[
                (Label::Official, "Wang Yi", &[]),
                (Label::Official, "Ishaq Dar", &[]),
            ],
            &[("Wang Yi", Relation::Invited, "Ishaq Dar")],
        );
        let predicted = extraction(
            &[],
            &[(
                (Label::Official, "Ishaq Dar"),
                Relation::Invited,
                (Label::Official, "Wang Yi"),
                0.7,
            )],
        );
        let score = score_article(&gold, &predicted);
        assert_eq!(
            score.scores.edges,
            Counts {
                tp: 0,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(
            score.missed_edges[0].from_match.as_deref(),
            Some("Official:wang-yi")
        );
        let spurious = &score.spurious_edges[0];
        assert_eq!(spurious.from.id, "Official:ishaq-dar");
        assert_eq!(spurious.from_match.as_deref(), Some("Ishaq Dar"));
        assert_eq!(spurious.evidence.rule, "r");
        assert_eq!(
            score.scores.by_type[&Relation::Invited],
            Counts {
                tp: 0,
                fp: 1,
                fn_: 1
            }
        );
    }

    #[test]
    fn edges_match_through_aliases_and_untyped_matches() {
        let gold = gold(
            &[
                (Label::Country, "China", &["Beijing"]),
                (
                    Label::Initiative,
                    "China-Pakistan Economic Corridor",
                    &["CPEC"],
                ),
            ],
            &[(
                "China",
                Relation::CommittedTo,
                "China-Pakistan Economic Corridor",
            )],
        );
        let predicted = extraction(
            &[],
            &[(
                (Label::Location, "Beijing"),
                Relation::CommittedTo,
                (Label::Project, "CPEC"),
                0.8,
            )],
        );
        let score = score_article(&gold, &predicted);
        assert_eq!(
            score.scores.edges,
            Counts {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(
            score.scores.entities,
            Counts {
                tp: 2,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(score.scores.typed_entities.tp, 0);
    }

    #[test]
    fn article_nodes_are_ignored() {
        let gold = gold(&[(Label::Country, "Pakistan", &[])], &[]);
        let mut predicted = extraction(
            &[
                (Label::Country, "Pakistan", &[]),
                (Label::Article, "t", &[]),
            ],
            &[],
        );
        predicted.triples.push(Triple {
            subject: EntityKey::new(Label::Article, "t"),
            relation: Relation::Discussed,
            object: EntityKey::new(Label::Country, "Pakistan"),
            evidence: evidence("r", 1.0),
        });
        let score = score_article(&gold, &predicted);
        assert_eq!(
            score.scores.entities,
            Counts {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(score.scores.edges, Counts::default());
    }

    #[test]
    fn triple_endpoints_are_nodes_and_duplicates_count_once() {
        let gold = gold(
            &[
                (Label::Country, "Pakistan", &[]),
                (Label::Sector, "trade", &[]),
            ],
            &[],
        );
        let predicted = extraction(
            &[(Label::Country, "Pakistan", &["Islamabad"])],
            &[
                (
                    (Label::Country, "Pakistan"),
                    Relation::CommittedTo,
                    (Label::Sector, "trade"),
                    0.55,
                ),
                (
                    (Label::Country, "Pakistan"),
                    Relation::CommittedTo,
                    (Label::Sector, "trade"),
                    0.3,
                ),
            ],
        );
        let score = score_article(&gold, &predicted);
        assert_eq!(
            score.scores.entities,
            Counts {
                tp: 2,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(
            score.scores.edges,
            Counts {
                tp: 0,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!(score.spurious_edges[0].confidence, 0.55);
        assert_eq!(
            score.spurious_edges[0].evidence.confidence, 0.55,
            "first triple's evidence"
        );
        assert_eq!(score.scores.calibration.buckets[1].edges, 1);
    }
}
