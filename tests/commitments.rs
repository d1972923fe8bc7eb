//! Commitments over time: small constructed corpora whose timeline and diff
//! are known, the `timeline`, `diff` and `build` commands, and snapshots of
//! the reports on seeds/.

use std::path::PathBuf;

use cpec_commitments::{
    ArticleCommitments, Commitment, Diff, Ledger, SpillingLedger, Timeline, write_commitments_csv,
    write_commitments_jsonl,
};
use cpec_extract::{ArticleInput, Extractor};

use crate::support::{cpec_kg, seeds};

/// A June 2024 meeting: three commitments.
const JUNE_2024: (&str, &str) = (
    "2024-06-jcc",
    " date 2024-06-08
Pakistan and China agreed to upgrade the 1,733 km ML-1 railway.

Pakistan and China agreed to develop Gwadar Port.

Pakistan and China pledged to open the Khunjerab border port year-round.
",
);

/// A statement of Thursday 6 February 2025: one repeated, one renewed with a
/// stage, one new with an amount ("on Wednesday" is 5 February).
const FEBRUARY_2025: (&str, &str) = (
    "2025-02-statement",
    " date 2025-02-06
Pakistan and China reaffirmed their commitment to Gwadar Port.

Pakistan and China on Wednesday agreed to build the $246 million New Gwadar International Airport.

Pakistan and China agreed to the early completion of the ML-1 railway.
",
);

/// A communiqué that gives no date: "on Wednesday" cannot be resolved.
const UNDATED: (&str, &str) = (
    "undated-communique",
    "Pakistan and China on Wednesday pledged to develop the Karachi Circular Railway.\n",
);

fn ledger(articles: &[(&str, &str)]) -> Ledger {
    let extractor = Extractor::builtin();
    let mut ledger = Ledger::new();
    for (id, text) in articles {
        ledger.add(&extractor.extract(&ArticleInput::new(id, text)));
    }
    ledger
}

fn text(
    write: impl FnOnce(&mut Vec<u8>) -> Result<(), cpec_commitments::CommitmentError>,
) -> String {
    let mut out = Vec::new();
    write(&mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn timeline_of_a_constructed_corpus() {
    let ledger = ledger(&[UNDATED, FEBRUARY_2025, JUNE_2024]);
    let timeline = Timeline::new(&ledger, &["ml-1".to_string()]).unwrap();
    assert_eq!(
        text(|out| timeline.write_markdown(out)),
        "# Commitments over time

3 articles: `2024-06-jcc` (2024-06-08), `2025-02-statement` (2025-02-06), `undated-communique` (undated).

## ML-1 railway (Project)

2 statements in 2 articles; parties: China, Pakistan.

- **2024-06-08** (article date) · China, Pakistan: agreement (agree)
  quantity 1,733 km (1733 km)
  > Pakistan and China agreed to upgrade the 1,733 km ML-1 railway.
  > — `2024-06-jcc`, sentence 0
- **2025-02-06** (article date) · China, Pakistan: agreement (agree)
  stage completed
  > Pakistan and China agreed to the early completion of the ML-1 railway.
  > — `2025-02-statement`, sentence 2
"
    );

    // Every object, in label then name order, each in date order, undated last.
    let all = Timeline::new(&ledger, &[]).unwrap();
    let order: Vec<(String, Vec<String>)> = all
        .topics
        .iter()
        .map(|t| {
            let dates = t.entries.iter().map(|e| e.when.to_string()).collect();
            (t.object.name.clone(), dates)
        })
        .collect();
    let expect = |name: &str, dates: &[&str]| {
        (
            name.to_string(),
            dates.iter().map(|d| d.to_string()).collect::<Vec<_>>(),
        )
    };
    assert_eq!(
        order,
        [
            expect("Gwadar Port", &["2024-06-08", "2025-02-06"]),
            expect("Karachi Circular Railway", &["undated"]),
            expect("Khunjerab border port", &["2024-06-08"]),
            expect("ML-1 railway", &["2024-06-08", "2025-02-06"]),
            expect("New Gwadar International Airport", &["2025-02-05"]),
        ]
    );
}

#[test]
fn diff_of_a_constructed_corpus() {
    let old = ledger(&[JUNE_2024]);
    let new = ledger(&[FEBRUARY_2025, UNDATED]);
    let diff = Diff::new(&old, &new);
    let rows: Vec<String> = diff
        .changes
        .iter()
        .map(|c| format!("{} {} -> {}", c.status, c.party().name, c.object().name))
        .collect();
    assert_eq!(
        rows,
        [
            "new China -> Karachi Circular Railway",
            "new Pakistan -> Karachi Circular Railway",
            "new China -> New Gwadar International Airport",
            "new Pakistan -> New Gwadar International Airport",
            "reaffirmed China -> Gwadar Port",
            "reaffirmed Pakistan -> Gwadar Port",
            "reaffirmed China -> ML-1 railway",
            "reaffirmed Pakistan -> ML-1 railway",
            "no_longer_mentioned China -> Khunjerab border port",
            "no_longer_mentioned Pakistan -> Khunjerab border port",
        ]
    );
    let ml1 = &diff.changes[6];
    assert_eq!(ml1.adds(), ["stage completed"]);
    assert_eq!(ml1.drops(), ["quantity 1733 km"]);
    let gwadar = &diff.changes[4];
    assert_eq!(gwadar.adds(), ["kind reaffirmation"]);
    assert_eq!(gwadar.drops(), ["kind agreement"]);

    let report = text(|out| diff.write_markdown(out));
    assert!(
        report.contains(
            "- OLD: 1 article: `2024-06-jcc` (2024-06-08)\n\
             - NEW: 2 articles: `2025-02-statement` (2025-02-06), `undated-communique` (undated)\n\n\
             4 new, 4 reaffirmed, 2 no longer mentioned;"
        ),
        "{report}"
    );
    assert!(
        report.contains(
            "### New Gwadar International Airport (Project)\n\n\
             - China, Pakistan: agreement (agree) · **2025-02-05** (“on Wednesday”) · 1 mention in 1 article\n  \
             amount $246 million (USD 246000000)\n"
        ),
        "{report}"
    );
    assert!(
        report.contains(
            "### ML-1 railway (Project)\n\n\
             - China, Pakistan: agreement (agree) · **2025-02-06** (article date) · 1 mention in 1 article\n  \
             first stated 2024-06-08 (`2024-06-jcc`, sentence 0)\n  \
             adds: stage completed\n  \
             drops: quantity 1733 km\n"
        ),
        "{report}"
    );
    assert!(
        report.contains(
            "## No longer mentioned (2)\n\n\
             ### Khunjerab border port (Project)\n\n\
             - China, Pakistan: pledge (pledge) · **2024-06-08** (article date) · 1 mention in 1 article\n  \
             > Pakistan and China pledged to open the Khunjerab border port year-round.\n"
        ),
        "{report}"
    );

    // Comparing a corpus with itself: everything is reaffirmed, nothing added.
    let same = Diff::new(&new, &new);
    assert!(
        same.changes
            .iter()
            .all(|c| c.status.as_str() == "reaffirmed")
    );
    assert!(
        same.changes
            .iter()
            .all(|c| c.adds().is_empty() && c.drops().is_empty())
    );
}

#[test]
fn undated_articles_are_said_to_be_undated() {
    let ledger = ledger(&[UNDATED]);
    let timeline = Timeline::new(&ledger, &[]).unwrap();
    let markdown = text(|out| timeline.write_markdown(out));
    assert!(markdown.contains("1 article: `undated-communique` (undated)."));
    assert!(markdown.contains(
        "- **undated** (the article gives no date; it says “on Wednesday”) · China, Pakistan: pledge (pledge)"
    ));
    let csv = text(|out| timeline.write_csv(out));
    let record = csv.lines().nth(1).unwrap();
    assert!(
        record.starts_with(
            "Project:karachi-circular-railway,Project,Karachi Circular Railway,undated,undated,on Wednesday,"
        ),
        "{record}"
    );
    let commitments = ledger.commitments();
    assert!(
        commitments
            .iter()
            .all(|c| c.first_seen.is_none() && c.undated() == 1)
    );
}

fn scratch(name: &str) -> PathBuf {
    crate::support::empty_scratch(&format!("commitments-{name}"))
}

/// Runs `cpec-kg` and returns its standard output; fails on a non-zero exit.
fn run(args: &[&str]) -> String {
    let output = cpec_kg().args(args).output().unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn seed(name: &str) -> String {
    seeds().join(name).display().to_string()
}

const REIFIED: &[&str] = &[
    "commitments.csv",
    "commitments.jsonl",
    "commitment_nodes.csv",
    "commitment_edges.csv",
    "commitments.cypher",
];

#[test]
fn build_writes_commitments_and_reified_nodes_identically() {
    let (a, b, plain) = (scratch("reify-a"), scratch("reify-b"), scratch("plain"));
    for out in [&a, &b] {
        run(&[
            "build",
            &seeds().display().to_string(),
            "--reify",
            "--out",
            &out.display().to_string(),
        ]);
    }
    run(&[
        "build",
        &seeds().display().to_string(),
        "--out",
        &plain.display().to_string(),
    ]);
    for name in REIFIED {
        let bytes = std::fs::read(a.join(name)).unwrap();
        assert!(!bytes.is_empty(), "{name} is empty");
        assert_eq!(
            bytes,
            std::fs::read(b.join(name)).unwrap(),
            "{name} differs"
        );
    }
    assert!(plain.join("commitments.csv").exists() && plain.join("commitments.jsonl").exists());
    assert!(!plain.join("commitment_nodes.csv").exists(), "--reify only");

    let csv = std::fs::read_to_string(a.join("commitments.csv")).unwrap();
    assert!(csv.starts_with(&cpec_commitments::COMMITMENTS_HEADER.join(",")));
    let jsonl = std::fs::read_to_string(a.join("commitments.jsonl")).unwrap();
    let lines: Vec<serde_json::Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines.len(),
        csv::Reader::from_reader(csv.as_bytes()).records().count()
    );
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "sorted, unique ids");
    let gwadar = lines
        .iter()
        .find(|l| l["id"] == "Commitment:country-pakistan--project-gwadar-port")
        .expect("Pakistan's commitment to Gwadar Port");
    assert_eq!(gwadar["first_seen"], "2026-01-04");
    assert_eq!(gwadar["evidence"][0]["date_basis"], "meeting");
    // Every mention of the undated seed says so.
    for line in &lines {
        for mention in line["evidence"].as_array().unwrap() {
            let undated = mention["article"] == "004_2b9f656ca404cde5";
            assert_eq!(mention["date"] == "undated", undated, "{mention}");
        }
    }

    // Every reified edge joins nodes of nodes.csv or commitment_nodes.csv.
    let mut known = std::collections::BTreeSet::new();
    for file in ["nodes.csv", "commitment_nodes.csv"] {
        let mut reader = csv::Reader::from_path(a.join(file)).unwrap();
        known.extend(reader.records().map(|r| r.unwrap()[0].to_string()));
    }
    let mut edges = csv::Reader::from_path(a.join("commitment_edges.csv")).unwrap();
    let mut types = std::collections::BTreeSet::new();
    for record in edges.records() {
        let record = record.unwrap();
        assert!(
            known.contains(&record[0]) && known.contains(&record[1]),
            "{record:?}"
        );
        types.insert(record[2].to_string());
    }
    assert_eq!(
        types.into_iter().collect::<Vec<_>>(),
        ["CONCERNS", "MADE", "STATED_AT", "STATED_IN"]
    );
}

/// Mentions sorted on disk, in runs of a few kilobytes, give the commitments
/// of the ledger in memory, byte for byte, with repeated articles absorbed
/// once: the seeds, the constructed corpora and 300 KiB of generated news.
#[test]
fn a_spilled_ledger_gives_the_commitments_of_the_ledger_in_memory() {
    // One sentence, two edges to one object: the signature is the mention.
    let signed = (
        "signed-and-agreed",
        "Pakistan and China signed the Framework Agreement on Industrial Cooperation \
         and agreed to implement the Framework Agreement on Industrial Cooperation.\n",
    );
    let mut articles: Vec<(String, String)> = [signed, JUNE_2024, FEBRUARY_2025, UNDATED]
        .iter()
        .map(|(id, text)| (id.to_string(), text.to_string()))
        .collect();
    for entry in std::fs::read_dir(seeds()).unwrap() {
        let path = entry.unwrap().path();
        let id = path.file_stem().unwrap().to_string_lossy().into_owned();
        articles.push((id, std::fs::read_to_string(&path).unwrap()));
    }
    let generated = run(&["gen", "--size", "300K", "--jsonl"]);
    for line in generated.lines() {
        let article: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = format!(
            " date {}\n{}",
            article["date"].as_str().unwrap(),
            article["text"].as_str().unwrap()
        );
        articles.push((article["id"].as_str().unwrap().to_string(), text));
    }
    articles.extend_from_within(..5);
    // Read again, saying it differently: the first reading's mentions stay.
    let (june, said) = JUNE_2024;
    articles.push((june.to_string(), said.replace("upgrade", "upgrade at once")));

    let extractor = Extractor::builtin();
    let dir = scratch("spilled-ledger");
    let mut in_memory = Ledger::new();
    let mut spilling = SpillingLedger::with_memory(&dir, 4096).unwrap();
    for (id, text) in &articles {
        let extraction = extractor.extract(&ArticleInput::new(id, text));
        in_memory.add(&extraction);
        spilling
            .absorb(ArticleCommitments::of(&extraction))
            .unwrap();
    }
    let spilled = spilling.finish().unwrap();
    let from_disk: Vec<Commitment> = spilled
        .each_commitment()
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let expected = in_memory.commitments();
    assert!(expected.len() > 100, "{} commitments", expected.len());
    assert!(expected.iter().any(|c| !c.amounts.is_empty()));
    assert!(expected.iter().any(|c| !c.quantities.is_empty()));
    assert!(expected.iter().any(|c| !c.stages.is_empty()));
    assert!(from_disk == expected, "the commitments differ");
    assert_eq!(
        text(|out| write_commitments_jsonl(&from_disk, out)),
        text(|out| write_commitments_jsonl(&expected, out))
    );
    assert_eq!(
        text(|out| write_commitments_csv(&from_disk, out)),
        text(|out| write_commitments_csv(&expected, out))
    );
    drop(spilled);
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        0,
        "work files left"
    );
}

#[test]
fn timeline_and_diff_commands() {
    let seeds = seeds().display().to_string();
    let csv = run(&[
        "timeline",
        &seeds,
        "--about",
        "Gwadar Port",
        "--format",
        "csv",
    ]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(cpec_commitments::TIMELINE_HEADER.join(",").as_str())
    );
    assert!(
        lines.all(|l| l.starts_with("Project:gwadar-port,")),
        "{csv}"
    );

    let output = cpec_kg()
        .args(["timeline", &seeds, "--about", "Atlantis"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("\"Atlantis\""), "{stderr}");

    let (old, new) = (
        seed("003_737092a51a4e66d4.txt"),
        seed("000_63eb1184c8b0a74b.txt"),
    );
    let json: serde_json::Value =
        serde_json::from_str(&run(&["diff", &old, &new, "--format", "json"])).unwrap();
    assert_eq!(json["old"][0]["id"], "003_737092a51a4e66d4");
    assert_eq!(json["new"][0]["date"], "2026-01-05");
    let statuses: std::collections::BTreeSet<&str> = json["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses.into_iter().collect::<Vec<_>>(),
        ["new", "no_longer_mentioned", "reaffirmed"]
    );
    let csv = run(&["diff", &old, &new, "--format", "csv"]);
    assert!(csv.starts_with(&cpec_commitments::DIFF_HEADER.join(",")));

    // A folder as OLD: everything in it is old, the rest new.
    let dir = scratch("diff-folder");
    for (id, text) in [JUNE_2024, FEBRUARY_2025] {
        std::fs::write(dir.join(format!("{id}.txt")), text).unwrap();
    }
    let undated = scratch("diff-new").join("later.txt");
    std::fs::write(&undated, UNDATED.1).unwrap();
    let report = run(&[
        "diff",
        &dir.display().to_string(),
        &undated.display().to_string(),
    ]);
    assert!(
        report.contains("- NEW: 1 article: `later` (undated)"),
        "{report}"
    );
    assert!(report.contains("\n## New (2)\n"), "{report}");
}

/// The reports on seeds/, as a reader sees them.
#[test]
fn seed_reports() {
    let extractor = Extractor::builtin();
    let read = |names: &[&str]| {
        let mut ledger = Ledger::new();
        for name in names {
            let text = std::fs::read_to_string(seeds().join(format!("{name}.txt"))).unwrap();
            ledger.add(&extractor.extract(&ArticleInput::new(name, &text)));
        }
        ledger
    };
    let all = read(&[
        "000_63eb1184c8b0a74b",
        "001_e1c8733ff6907eb0",
        "002_ff9d479821ec2384",
        "003_737092a51a4e66d4",
        "004_2b9f656ca404cde5",
    ]);
    let timeline = Timeline::new(&all, &[]).unwrap();
    insta::assert_snapshot!("seed_timeline", text(|out| timeline.write_markdown(out)));

    // The README's example: what the January 2026 strategic dialogue added
    // to February 2025's joint statement.
    let old = read(&["003_737092a51a4e66d4"]);
    let new = read(&["000_63eb1184c8b0a74b", "001_e1c8733ff6907eb0"]);
    let diff = Diff::new(&old, &new);
    insta::assert_snapshot!(
        "seed_diff_2025_to_2026",
        text(|out| diff.write_markdown(out))
    );
}
