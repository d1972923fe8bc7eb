//! Counts of true and false positives and negatives, summed over articles.

use std::collections::BTreeMap;
use std::ops::AddAssign;

use cpec_model::{Label, Relation};
use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

/// True positives, false positives and false negatives of one measurement.
///
/// Precision, recall and F1 are 0 when their denominator is 0 (nothing
/// predicted, nothing annotated), never NaN.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted and in the gold graph.
    pub tp: usize,
    /// Predicted, not in the gold graph.
    pub fp: usize,
    /// In the gold graph, not predicted.
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(numerator: usize, denominator: usize) -> f64 {
    if denominator == 0 {
        0.0
    } else {
        numerator as f64 / denominator as f64
    }
}

impl AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

/// `{"tp": 3, "fp": 1, "fn": 2, "precision": 0.75, "recall": 0.6, "f1": 0.667}`
impl Serialize for Counts {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Counts", 6)?;
        s.serialize_field("tp", &self.tp)?;
        s.serialize_field("fp", &self.fp)?;
        s.serialize_field("fn", &self.fn_)?;
        s.serialize_field("precision", &self.precision())?;
        s.serialize_field("recall", &self.recall())?;
        s.serialize_field("f1", &self.f1())?;
        s.end()
    }
}

/// Upper bounds (exclusive) of the confidence buckets but the last, which is `[0.9, 1.0]`.
const BUCKET_BOUNDS: [f64; 6] = [0.0, 0.5, 0.6, 0.7, 0.8, 0.9];

/// Predicted edges and how many of them are correct, for one confidence range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bucket {
    /// Lowest confidence of the bucket (inclusive).
    pub lower: f64,
    /// Highest confidence of the bucket: exclusive, but 1.0 for the last one.
    pub upper: f64,
    /// Predicted edges whose confidence falls here.
    pub edges: usize,
    /// Those of them that are in the gold graph.
    pub correct: usize,
}

impl Bucket {
    /// `correct / edges`, or `None` when the bucket is empty.
    pub fn precision(&self) -> Option<f64> {
        (self.edges > 0).then(|| self.correct as f64 / self.edges as f64)
    }

    /// `[0.6, 0.7)`, or `[0.9, 1.0]` for the last bucket.
    pub fn range(&self) -> String {
        let close = if self.upper >= 1.0 { ']' } else { ')' };
        format!("[{:.1}, {:.1}{close}", self.lower, self.upper)
    }
}

/// `{"range": "[0.6, 0.7)", "lower": 0.6, "upper": 0.7, "edges": 4, "correct": 3, "precision": 0.75}`
impl Serialize for Bucket {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Bucket", 6)?;
        s.serialize_field("range", &self.range())?;
        s.serialize_field("lower", &self.lower)?;
        s.serialize_field("upper", &self.upper)?;
        s.serialize_field("edges", &self.edges)?;
        s.serialize_field("correct", &self.correct)?;
        s.serialize_field("precision", &self.precision())?;
        s.end()
    }
}

/// Precision of predicted edges by confidence: `[0, 0.5)`, `[0.5, 0.6)`, …, `[0.9, 1.0]`.
///
/// An edge's confidence is the highest of its triples'. Values below 0 (and NaN)
/// count in the first bucket, values above 1 in the last.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Calibration {
    pub buckets: Vec<Bucket>,
}

impl Default for Calibration {
    fn default() -> Calibration {
        let buckets = BUCKET_BOUNDS
            .iter()
            .enumerate()
            .map(|(i, &lower)| Bucket {
                lower,
                upper: BUCKET_BOUNDS.get(i + 1).copied().unwrap_or(1.0),
                edges: 0,
                correct: 0,
            })
            .collect();
        Calibration { buckets }
    }
}

impl Calibration {
    /// Counts one predicted edge.
    pub fn record(&mut self, confidence: f64, correct: bool) {
        let index = BUCKET_BOUNDS[1..]
            .iter()
            .filter(|&&bound| confidence >= bound)
            .count();
        let bucket = &mut self.buckets[index];
        bucket.edges += 1;
        bucket.correct += usize::from(correct);
    }

    fn add(&mut self, other: &Calibration) {
        for (mine, theirs) in self.buckets.iter_mut().zip(&other.buckets) {
            mine.edges += theirs.edges;
            mine.correct += theirs.correct;
        }
    }
}

/// Every count of one article, or of a corpus (summed: micro-averaged).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Scores {
    /// A match counts whatever the labels.
    pub entities: Counts,
    /// A match counts only when the labels agree.
    pub typed_entities: Counts,
    /// Typed entity counts by label: `tp` where both labels are this one, `fp` by
    /// predicted label, `fn` by gold label.
    pub by_label: BTreeMap<Label, Counts>,
    pub edges: Counts,
    /// Edge counts by relationship type.
    pub by_type: BTreeMap<Relation, Counts>,
    pub calibration: Calibration,
}

impl Scores {
    /// Adds another article's counts.
    pub fn add(&mut self, other: &Scores) {
        self.entities += other.entities;
        self.typed_entities += other.typed_entities;
        for (label, counts) in &other.by_label {
            *self.by_label.entry(*label).or_default() += *counts;
        }
        self.edges += other.edges;
        for (relation, counts) in &other.by_type {
            *self.by_type.entry(*relation).or_default() += *counts;
        }
        self.calibration.add(&other.calibration);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_counts_score_zero() {
        let counts = Counts::default();
        assert_eq!(
            (counts.precision(), counts.recall(), counts.f1()),
            (0.0, 0.0, 0.0)
        );
        let counts = Counts {
            tp: 3,
            fp: 1,
            fn_: 3,
        };
        assert_eq!(counts.precision(), 0.75);
        assert_eq!(counts.recall(), 0.5);
        assert!((counts.f1() - 0.6).abs() < 1e-12);
    }

    #[test]
    fn confidences_fall_in_their_bucket() {
        let mut calibration = Calibration::default();
        for (confidence, correct) in [
            (0.0, true),
            (0.49, false),
            (0.5, true),
            (0.7, true),
            (0.85, false),
            (0.9, true),
            (1.0, true),
        ] {
            calibration.record(confidence, correct);
        }
        calibration.record(f64::NAN, false);
        calibration.record(1.5, false);
        let edges: Vec<usize> = calibration.buckets.iter().map(|b| b.edges).collect();
        assert_eq!(edges, [3, 1, 0, 1, 1, 3]);
        let ranges: Vec<String> = calibration.buckets.iter().map(Bucket::range).collect();
        assert_eq!(
            ranges,
            [
                "[0.0, 0.5)",
                "[0.5, 0.6)",
                "[0.6, 0.7)",
                "[0.7, 0.8)",
                "[0.8, 0.9)",
                "[0.9, 1.0]"
            ]
        );
        assert_eq!(calibration.buckets[2].precision(), None);
        assert_eq!(calibration.buckets[5].precision(), Some(2.0 / 3.0));
    }

    #[test]
    fn counts_serialize_with_rates() {
        let json = serde_json::to_string(&Counts {
            tp: 1,
            fp: 1,
            fn_: 0,
        })
        .unwrap();
        assert_eq!(
            json,
            r#"{"tp":1,"fp":1,"fn":0,"precision":0.5,"recall":1.0,"f1":0.6666666666666666}"#
        );
    }
}
