//! Bad input end to end: each kind of dirty input gets one line naming the
//! file (and the byte, where there is one), the exit code says whether
//! anything was skipped (0 none, 1 some, 2 fatal), and the outputs are whole.

use std::ffi::OsStr;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use cpec_graph::FlatGraph;

use crate::support::{cpec_kg, seeds};

/// A sentence that gives two COMMITTED_TO triples.
const GOOD: &str = "Pakistan and China agreed to cooperate in energy.\n";

/// A fresh, empty folder for one test.
fn scratch(name: &str) -> PathBuf {
    crate::support::empty_scratch(&format!("robust-{name}"))
}

/// Writes `files` (name, bytes) into a fresh folder `name`.
fn corpus(name: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let dir = scratch(name);
    for (file, bytes) in files {
        fs::write(dir.join(file), bytes).unwrap();
    }
    dir
}

/// What a run of the binary gave.
#[derive(Debug)]
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    finish(cpec_kg().args(args).stdin(Stdio::null()).output().unwrap())
}

fn finish(output: std::process::Output) -> Run {
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// `cpec-kg extract FLAGS PATH`.
fn extract(flags: &[&str], path: &Path) -> Run {
    run(["extract"]
        .iter()
        .chain(flags)
        .map(OsStr::new)
        .chain([path.as_os_str()]))
}

/// Asserts the exit code, and that stderr says each of `lines`.
fn assert_reported(got: &Run, code: i32, lines: &[&str]) {
    assert_eq!(got.code, code, "{got:?}");
    for line in lines {
        assert!(
            got.stderr.contains(line),
            "{line:?} not in:\n{}",
            got.stderr
        );
    }
}

/// `cpec-kg build ARGS --out OUT`, with OUT a fresh folder.
fn build(name: &str, args: &[&OsStr]) -> (Run, PathBuf) {
    let out = scratch(&format!("{name}-out"));
    let mut all: Vec<&OsStr> = vec![OsStr::new("build"), OsStr::new("--force")];
    all.extend_from_slice(args);
    all.extend([OsStr::new("--out"), out.as_os_str()]);
    (run(all), out)
}

/// The triples of `extract`'s output as `subject -RELATION-> object` lines, sorted.
fn facts(stdout: &str) -> Vec<String> {
    let mut lines: Vec<String> = stdout
        .lines()
        .map(|line| {
            let t: serde_json::Value = serde_json::from_str(line).unwrap();
            format!(
                "{} -{}-> {}",
                t["subject"]["name"], t["relation"], t["object"]["name"]
            )
        })
        .collect();
    lines.sort();
    lines
}

/// Every export of a build reads back to graph.json's flat view, every edge
/// has evidence, and no temporary file is left.
fn assert_outputs_whole(out: &Path) -> cpec_graph::KnowledgeGraph {
    let read = |name: &str| fs::read_to_string(out.join(name)).unwrap();
    let graph = cpec_graph::read_json(&read("graph.json")).unwrap();
    let mut flat = FlatGraph::of(&graph).unwrap();
    // A list element cannot hold the list separator, `;`: the flat formats write `,`.
    for edge in &mut flat.edges {
        edge.articles = edge
            .articles
            .iter()
            .map(|a| a.replace(';', ",").into())
            .collect();
    }
    assert_eq!(
        cpec_graph::read_graphml(&read("graph.graphml")).unwrap(),
        flat
    );
    assert_eq!(cpec_graph::read_gexf(&read("graph.gexf")).unwrap(), flat);
    let csv = cpec_graph::read_csv(&read("nodes.csv"), &read("edges.csv")).unwrap();
    let ids = |f: &FlatGraph| -> Vec<String> { f.nodes.iter().map(|n| n.id.clone()).collect() };
    assert_eq!(ids(&csv), ids(&flat));
    assert_eq!(csv.edges.len(), flat.edges.len());
    assert!(graph.edges().all(|e| !e.evidence.is_empty()));
    for line in read("triples.jsonl").lines() {
        serde_json::from_str::<serde_json::Value>(line).unwrap();
    }
    let leftovers: Vec<String> = fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".partial"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    graph
}

fn os(path: &Path) -> &OsStr {
    path.as_os_str()
}

#[test]
fn invalid_utf8_is_skipped_with_its_byte_offset_or_replaced_with_lossy() {
    let dir = corpus(
        "utf8",
        &[
            ("good.txt", GOOD.as_bytes()),
            (
                "latin1.txt",
                b"Pakistan and China agreed to cooperate in mining.\nCaf\xE9 owners agreed.\n",
            ),
        ],
    );
    let (skipped, out) = build("utf8", &[os(&dir)]);
    assert_reported(
        &skipped,
        1,
        &[
            "skipped 1 of 2 inputs:",
            "latin1.txt: invalid UTF-8 at byte 53 (line 2); --lossy replaces what cannot be decoded",
        ],
    );
    assert!(
        skipped.stdout.starts_with("1 articles, "),
        "{}",
        skipped.stdout
    );
    assert!(
        skipped
            .stdout
            .contains("skipped: 1 inputs (listed on stderr)")
    );
    assert_outputs_whole(&out);

    let (lossy, out) = build("utf8-lossy", &[OsStr::new("--lossy"), os(&dir)]);
    assert_eq!((lossy.code, lossy.stderr.as_str()), (0, ""));
    assert!(lossy.stdout.starts_with("2 articles, "));
    let graph = assert_outputs_whole(&out);
    assert!(graph.nodes().any(|n| n.id() == "Sector:mining"));
}

#[test]
fn utf16_and_utf8_byte_order_marks_are_read() {
    let utf16 = |bom: [u8; 2], unit: fn(u16) -> [u8; 2]| -> Vec<u8> {
        let mut bytes = bom.to_vec();
        GOOD.encode_utf16().for_each(|u| bytes.extend(unit(u)));
        bytes
    };
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), GOOD.as_bytes()].concat();
    let plain = extract(&[], &corpus("plain", &[("a.txt", GOOD.as_bytes())]));
    for (name, bytes) in [
        ("utf8-bom", with_bom),
        ("utf16le", utf16([0xFF, 0xFE], u16::to_le_bytes)),
        ("utf16be", utf16([0xFE, 0xFF], u16::to_be_bytes)),
    ] {
        let dir = corpus(name, &[("a.txt", &bytes)]);
        let got = extract(&[], &dir);
        assert_eq!((got.code, got.stderr.as_str()), (0, ""), "{name}");
        assert_eq!(facts(&got.stdout), facts(&plain.stdout), "{name}");
        assert!(!got.stdout.contains("\\ufeff") && !got.stdout.contains('\u{feff}'));
    }
    let odd = corpus("utf16-odd", &[("a.txt", b"\xFF\xFEP\0a\0k")]);
    let got = extract(&[], &odd);
    assert_reported(
        &got,
        2,
        &["a.txt: truncated UTF-16: an odd number of bytes (7)"],
    );
}

#[test]
fn binary_files_are_detected_and_skipped() {
    let dir = corpus(
        "binary",
        &[
            ("good.txt", GOOD.as_bytes()),
            ("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            ("wide.txt", b"P\0a\0k\0i\0s\0t\0a\0n\0"),
        ],
    );
    let (got, out) = build("binary", &[os(&dir)]);
    assert_reported(
        &got,
        1,
        &[
            "image.txt: binary file: NUL byte at byte 8\n",
            "wide.txt: binary file: NUL byte at byte 1; it looks like UTF-16 without a byte-order mark: save it as UTF-8",
        ],
    );
    assert!(got.stdout.starts_with("1 articles, "));
    assert_outputs_whole(&out);
}

#[test]
fn empty_and_blank_files_are_skipped() {
    let dir = corpus(
        "blank",
        &[
            ("good.txt", GOOD.as_bytes()),
            ("empty.txt", b""),
            ("blank.txt", b" \n\t\r\n  \n"),
        ],
    );
    let (got, out) = build("blank", &[os(&dir)]);
    assert_reported(
        &got,
        1,
        &[
            "skipped 2 of 3 inputs:",
            "empty.txt: empty (0 bytes)\n",
            "blank.txt: no text, only whitespace\n",
        ],
    );
    assert_outputs_whole(&out);
}

#[test]
fn crlf_and_lone_cr_line_ends_read_like_lf() {
    let text = "Pak-China talks\n\nISLAMABAD, Jan 5 : Pakistan and China agreed to cooperate in energy.\nIshaq Dar met Wang Yi in Beijing.\n";
    let lf = extract(&[], &corpus("lf", &[("a.txt", text.as_bytes())]));
    assert_eq!(lf.code, 0);
    assert_eq!(facts(&lf.stdout).len(), 5, "{}", lf.stdout);
    for (name, ends) in [("crlf", "\r\n"), ("cr", "\r")] {
        let dir = corpus(name, &[("a.txt", text.replace('\n', ends).as_bytes())]);
        let got = extract(&[], &dir);
        assert_eq!((got.code, got.stderr.as_str()), (0, ""), "{name}");
        assert_eq!(facts(&got.stdout), facts(&lf.stdout), "{name}");
        assert!(!got.stdout.contains("\\r"), "{name}: {}", got.stdout);
    }
}

#[test]
fn a_50_mb_input_without_punctuation_completes() {
    // No space, no punctuation, no line break: cut into bounded sentences mid-word.
    let dir = corpus(
        "huge",
        &[("huge.txt", "Pakistanç".repeat(5_000_000).as_bytes())],
    );
    let (got, out) = build("huge", &[os(&dir)]);
    assert_eq!((got.code, got.stderr.as_str()), (0, ""));
    let sentences: usize = got
        .stdout
        .split(", ")
        .nth(1)
        .unwrap()
        .trim_end_matches(" sentences")
        .parse()
        .unwrap();
    assert!(sentences >= 50_000_000 / 4096, "{}", got.stdout);
    assert_outputs_whole(&out);
}

#[test]
fn a_5_mb_line_completes_in_bounded_sentences() {
    // No "and": a piece ending in it would meet the bug of the last test.
    let line = "China Pakistan talks on the corridor continued in Gwadar port with officials "
        .repeat(70_000);
    let dir = corpus("line", &[("line.txt", line.as_bytes())]);
    let got = extract(&[], &dir);
    assert_eq!((got.code, got.stderr.as_str()), (0, ""));
    for triple in got.stdout.lines() {
        let t: serde_json::Value = serde_json::from_str(triple).unwrap();
        let span = &t["span"];
        let length = span["end"].as_u64().unwrap() - span["start"].as_u64().unwrap();
        assert!(length <= 4096, "{triple}");
    }
}

#[test]
fn deeply_repeated_text_gives_one_edge_per_fact() {
    let dir = corpus("repeat", &[("a.txt", GOOD.repeat(20_000).as_bytes())]);
    let (got, out) = build("repeat", &[os(&dir)]);
    assert_eq!((got.code, got.stderr.as_str()), (0, ""));
    assert!(
        got.stdout
            .starts_with("1 articles, 20000 sentences, 40000 triples -> 4 nodes, 2 edges"),
        "{}",
        got.stdout
    );
    let graph = assert_outputs_whole(&out);
    assert!(graph.edges().all(|e| e.mentions == 20_000));
}

#[test]
fn html_pages_are_read_with_format_html_or_auto_and_hinted_otherwise() {
    let page = "<!DOCTYPE html>\n<html><head><title>x</title><script>var a = 'Pakistan and China agreed to cooperate in mining.';</script></head>\n<body><nav>Home | World</nav><h1>Pak-China talks</h1>\n<p>Pakistan and China\n agreed to cooperate in <b>energy</b>.</p></body></html>\n";
    let dir = corpus(
        "html",
        &[
            ("page.html", page.as_bytes()),
            ("saved.txt", page.as_bytes()),
            ("good.txt", GOOD.as_bytes()),
        ],
    );
    let text = extract(&[], &dir);
    // Folders give *.html only with --format html or auto.
    assert_reported(
        &text,
        1,
        &[
            "skipped 1 of 2 inputs:",
            "saved.txt: an HTML page; --format html or --format auto reads its visible text",
        ],
    );

    for format in ["html", "auto"] {
        let got = extract(&["--format", format], &dir);
        assert_eq!((got.code, got.stderr.as_str()), (0, ""), "{format}");
        let facts = facts(&got.stdout);
        assert_eq!(facts.len(), 6, "{format}: {facts:?}");
        assert!(
            !got.stdout.contains("mining"),
            "script text was read: {}",
            got.stdout
        );
        assert!(!got.stdout.contains("<b>"));
    }
    let page_alone = extract(&["--input-format", "auto"], &dir.join("page.html"));
    assert_eq!(page_alone.code, 0);
    let empty = corpus(
        "html-empty",
        &[("e.html", b"<html><script>x()</script></html>")],
    );
    let got = extract(&["--format", "auto"], &empty);
    assert_reported(&got, 2, &["e.html: an HTML page with no visible text"]);
}

#[test]
fn control_characters_become_spaces_and_exports_stay_valid() {
    let text =
        "\x1b[1mNews\x1b[0m\nPakistan\x07 and China agreed\x0c to cooperate\u{85} in energy.\x7f\n";
    let dir = corpus("controls", &[("a.txt", text.as_bytes())]);
    let (got, out) = build("controls", &[os(&dir)]);
    assert_eq!((got.code, got.stderr.as_str()), (0, ""));
    let graph = assert_outputs_whole(&out);
    assert_eq!(graph.edge_count(), 2);
    // Spans still point into the file's bytes: each control became as many spaces.
    let spaced: String = text
        .chars()
        .map(|c| match c {
            '\n' => "\n".to_string(),
            c if c.is_control() => " ".repeat(c.len_utf8()),
            c => c.to_string(),
        })
        .collect();
    for evidence in graph.edges().flat_map(|e| &e.evidence) {
        assert_eq!(
            *evidence.text,
            spaced[evidence.span.start..evidence.span.end]
        );
        assert!(
            !evidence.text.chars().any(char::is_control),
            "{:?}",
            evidence.text
        );
    }
}

#[test]
fn hostile_names_survive_every_export() {
    let name = "Smith & Sons <Ltd> \"Q\" 'R', S; T";
    let dir = scratch("names");
    let lexicon = dir.join("hostile.lex");
    fs::write(
        &lexicon,
        format!("Organization | {name} | S&S | country=Pakistan\n"),
    )
    .unwrap();
    let articles = dir.join("articles");
    fs::create_dir_all(&articles).unwrap();
    let file = "a&b<c>\"d'e,f;g\\h\nnew line";
    fs::write(
        articles.join(format!("{file}.txt")),
        format!("S&S signed an agreement with China on energy. {name} agreed to support the ML-1 railway.\n"),
    )
    .unwrap();
    let (got, out) = build(
        "names",
        &[OsStr::new("--lexicon"), os(&lexicon), os(&articles)],
    );
    assert_eq!((got.code, got.stderr.as_str()), (0, ""));
    let graph = assert_outputs_whole(&out);
    let names: Vec<&str> = graph.nodes().map(|n| n.entity.name.as_str()).collect();
    assert!(names.contains(&name), "{names:?}");
    assert!(names.contains(&file), "{names:?}");
    let dot = fs::read_to_string(out.join("graph.dot")).unwrap();
    assert_eq!(dot.matches(" -> ").count(), graph.edge_count());
}

/// `cpec-kg ARGS` as an unprivileged user: root reads any file, so a
/// permission error needs another user.
fn run_unprivileged(args: &[&OsStr]) -> Run {
    let uid = Command::new("id").arg("-u").output().unwrap();
    let mut command = if String::from_utf8_lossy(&uid.stdout).trim() == "0" {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"]);
        c.arg(env!("CARGO_BIN_EXE_cpec-kg"));
        c
    } else {
        cpec_kg()
    };
    finish(command.args(args).stdin(Stdio::null()).output().unwrap())
}

#[cfg(unix)]
#[test]
fn unreadable_files_and_folders_are_skipped() {
    use std::os::unix::fs::PermissionsExt;
    let dir = corpus(
        "perms",
        &[
            ("good.txt", GOOD.as_bytes()),
            ("secret.txt", GOOD.as_bytes()),
        ],
    );
    fs::create_dir(dir.join("locked")).unwrap();
    fs::write(dir.join("locked/inside.txt"), GOOD).unwrap();
    for path in [dir.join("secret.txt"), dir.join("locked")] {
        fs::set_permissions(path, fs::Permissions::from_mode(0o000)).unwrap();
    }
    let got = run_unprivileged(&[OsStr::new("extract"), os(&dir)]);
    assert_reported(
        &got,
        1,
        &[
            "secret.txt: cannot read: Permission denied",
            "locked: cannot list folder: Permission denied",
        ],
    );
    assert_eq!(facts(&got.stdout).len(), 2);
    fs::set_permissions(dir.join("locked"), fs::Permissions::from_mode(0o755)).unwrap();
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_reported_and_not_followed() {
    let dir = corpus("links", &[("good.txt", GOOD.as_bytes())]);
    fs::create_dir(dir.join("sub")).unwrap();
    std::os::unix::fs::symlink("..", dir.join("sub/up")).unwrap();
    std::os::unix::fs::symlink("self.txt", dir.join("self.txt")).unwrap();
    std::os::unix::fs::symlink("good.txt", dir.join("again.txt")).unwrap();
    let (got, out) = build("links", &[os(&dir)]);
    let canonical = fs::canonicalize(&dir).unwrap();
    let link = format!(
        "sub/up: symlink loop: leads back to {}",
        canonical.display()
    );
    let broken = "self.txt: cannot follow symlink: Too many levels of symbolic links";
    assert_reported(&got, 1, &[&link, broken]);
    // good.txt, reached again through again.txt, is read once.
    assert!(got.stdout.starts_with("1 articles, "), "{}", got.stdout);
    assert_outputs_whole(&out);
}

#[test]
fn a_missing_path_is_skipped_or_fatal_alone() {
    let dir = corpus("missing", &[("good.txt", GOOD.as_bytes())]);
    let missing = dir.join("no/such.txt");
    let got = run(["extract".as_ref(), os(&missing), os(&dir)]);
    let message = format!("{}: no such file or folder", missing.display());
    assert_reported(&got, 1, &[&message]);
    assert_eq!(facts(&got.stdout).len(), 2);
    let alone = extract(&[], &missing);
    assert_reported(&alone, 2, &[&message, "error: no input could be read\n"]);
}

#[test]
fn stdin_closed_early_or_cut_inside_a_character() {
    let closed = run(["extract", "-"]);
    assert_reported(&closed, 2, &["stdin: empty (0 bytes)"]);

    let mut child = cpec_kg()
        .args(["extract", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Pakistan and China agreed\xE2\x80")
        .unwrap();
    let got = finish(child.wait_with_output().unwrap());
    let message = "stdin: truncated: ends inside a UTF-8 character at byte 25";
    assert_reported(&got, 2, &[message]);
}

#[test]
fn bad_json_lines_are_skipped_with_their_line_number() {
    let mut child = cpec_kg()
        .args(["extract", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = format!(
        "{}\n{{\"id\": \"x\"}}\nnot json\n\n{}\n",
        serde_json::json!({"id": "a", "text": GOOD}),
        serde_json::json!({"id": "b", "text": GOOD}),
    );
    child
        .stdin
        .take()
        .unwrap()
        .write_all(lines.as_bytes())
        .unwrap();
    let got = finish(child.wait_with_output().unwrap());
    let message = "stdin line 2: not an article {\"id\",\"text\",\"date\"?}: missing field `text`";
    assert_reported(
        &got,
        1,
        &[
            "skipped 2 of 4 inputs:",
            message,
            "stdin line 3: not an article",
        ],
    );
    // --jsonl writes each article's nodes before its triples.
    assert_eq!(got.stdout.matches("\"COMMITTED_TO\"").count(), 4);
}

#[test]
fn closed_stdout_ends_quietly() {
    // Far more output than a pipe holds.
    let dir = corpus("pipe", &[("a.txt", GOOD.repeat(5_000).as_bytes())]);
    for args in [&["extract"][..], &["export", "--format", "json"]] {
        let mut child = cpec_kg()
            .args(args)
            .arg(&dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 16];
        child
            .stdout
            .as_mut()
            .unwrap()
            .read_exact(&mut first)
            .unwrap();
        drop(child.stdout.take());
        let got = finish(child.wait_with_output().unwrap());
        assert_eq!((got.code, got.stderr.as_str()), (0, ""), "{args:?}");
    }
}

#[test]
fn strict_makes_any_bad_input_fatal_and_writes_nothing() {
    let dir = corpus("strict", &[("a.txt", GOOD.as_bytes()), ("b.txt", b"")]);
    let (got, out) = build("strict", &[OsStr::new("--strict"), os(&dir)]);
    let message = "b.txt: empty (0 bytes); --strict stops at the first bad input\n";
    assert_reported(&got, 2, &[message]);
    assert_eq!(fs::read_dir(&out).unwrap().count(), 0);
}

#[test]
fn a_second_article_with_an_id_read_before_is_skipped_in_every_build() {
    // Two files named alike in two folders: one id, so the second is skipped
    // (its mentions would otherwise count as the first article's), whichever
    // outputs are asked for.
    let dir = scratch("repeated-id");
    for (folder, text) in [
        ("a", GOOD),
        ("b", "Pakistan and China signed an MoU on mining."),
    ] {
        fs::create_dir_all(dir.join(folder)).unwrap();
        fs::write(dir.join(folder).join("statement.txt"), text).unwrap();
    }
    let second = dir.join("b").join("statement.txt");
    let message = format!(
        "{}: article id `statement` is the id of an article read before; an article's id is its file name",
        second.display()
    );
    let (full, full_out) = build("repeated-full", &[os(&dir)]);
    assert_reported(&full, 1, &[&message]);
    let (flat, flat_out) = build("repeated-flat", &[OsStr::new("--only=neo4j"), os(&dir)]);
    assert_reported(&flat, 1, &[&message]);
    let (alone, alone_out) = build("repeated-alone", &[os(&dir.join("a"))]);
    assert_eq!(alone.code, 0, "{alone:?}");
    for file in ["edges.csv", "nodes.csv"] {
        let expected = fs::read(alone_out.join(file)).unwrap();
        assert_eq!(fs::read(full_out.join(file)).unwrap(), expected, "{file}");
        assert_eq!(fs::read(flat_out.join(file)).unwrap(), expected, "{file}");
    }
    let (strict, _) = build("repeated-strict", &[OsStr::new("--strict"), os(&dir)]);
    assert_reported(
        &strict,
        2,
        &[&message, "--strict stops at the first bad input"],
    );
}

/// A build of one good article into `out`.
fn build_into(out: &Path, extra: &[&str]) -> Run {
    let name = format!("{}-in", out.file_name().unwrap().to_string_lossy());
    let dir = corpus(&name, &[("a.txt", GOOD.as_bytes())]);
    run(["build".as_ref(), os(&dir), "--out".as_ref(), os(out)]
        .into_iter()
        .chain(extra.iter().map(OsStr::new)))
}

/// The files of a folder and their bytes.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                fs::read(&p).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn an_output_folder_with_files_needs_force() {
    let out = scratch("force");
    fs::write(out.join("notes.md"), "mine").unwrap();
    let refused = build_into(&out, &[]);
    let message = "output folder is not empty; --force replaces the outputs in it";
    assert_reported(&refused, 2, &[message]);
    assert_eq!(snapshot(&out).len(), 1);
    let forced = build_into(&out, &["--force"]);
    assert_eq!(forced.code, 0, "{forced:?}");
    assert_eq!(fs::read_to_string(out.join("notes.md")).unwrap(), "mine");
    assert_outputs_whole(&out);
}

#[test]
fn a_failed_write_leaves_the_previous_outputs_intact() {
    let out = scratch("failed");
    assert_eq!(build_into(&out, &[]).code, 0);
    let before = snapshot(&out);
    // graph.gexf cannot be written: its temporary's name is taken by a folder.
    fs::create_dir(out.join(".graph.gexf.partial")).unwrap();
    let dir = corpus(
        "failed-in",
        &[("b.txt", b"China reaffirmed support for the ML-1 railway.\n")],
    );
    let got = run([
        "build".as_ref(),
        os(&dir),
        "--out".as_ref(),
        os(&out),
        "--force".as_ref(),
    ]);
    assert_reported(&got, 2, &["graph.gexf: cannot write"]);
    assert_eq!(snapshot(&out), before);
    fs::remove_dir(out.join(".graph.gexf.partial")).unwrap();
    assert_outputs_whole(&out);
}

#[cfg(unix)]
#[test]
fn an_interrupted_build_leaves_the_previous_outputs_intact() {
    let out = scratch("interrupted");
    assert_eq!(build_into(&out, &[]).code, 0);
    let before = snapshot(&out);
    // Enough articles that writing the outputs takes a while.
    let seeds = seeds();
    let dir = scratch("interrupted-in");
    for copy in 0..40 {
        for seed in fs::read_dir(&seeds).unwrap() {
            let seed = seed.unwrap().path();
            if seed.extension().is_some_and(|e| e == "txt") {
                let name = format!("{copy}-{}", seed.file_name().unwrap().to_string_lossy());
                fs::copy(&seed, dir.join(name)).unwrap();
            }
        }
    }
    let mut child = cpec_kg()
        .args([
            "build".as_ref(),
            os(&dir),
            "--force".as_ref(),
            "--out".as_ref(),
            os(&out),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Interrupt once the first temporary file appears.
    let staging = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Err(status);
        }
        let names: Vec<String> = fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        if names.iter().any(|n| n.ends_with(".partial")) {
            break Ok(());
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    };
    assert!(
        staging.is_ok(),
        "the build ended before writing: {staging:?}"
    );
    Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130));
    assert_eq!(snapshot(&out), before);
}

#[test]
fn lexicon_files_get_the_same_care() {
    let dir = scratch("lexicons");
    let article = corpus(
        "lexicon-article",
        &[("a.txt", b"Zorba Quill met Wang Yi in Beijing.\n")],
    );
    let cases: [(&str, &[u8], Result<&str, &str>); 4] = [
        (
            "crlf.lex",
            b"\xEF\xBB\xBFOfficial | Zorba Quill | | country=Pakistan\r\n",
            Ok("Zorba Quill"),
        ),
        ("empty.lex", b"", Ok("")),
        (
            "latin1.lex",
            b"# names\nOfficial | Zorba Qu\xEFll |\n",
            Err("latin1.lex: invalid UTF-8 at byte 27 (line 2)\n"),
        ),
        (
            "broken.lex",
            b"Official | Zorba Quill\nPerson | Nobody\n",
            Err("broken.lex:2: unknown label \"Person\""),
        ),
    ];
    for (name, bytes, expected) in cases {
        let lexicon = dir.join(name);
        fs::write(&lexicon, bytes).unwrap();
        let lexicon = lexicon.to_str().unwrap();
        let got = extract(&["--lexicon", lexicon], &article);
        match expected {
            Ok(official) => {
                assert_eq!((got.code, got.stderr.as_str()), (0, ""), "{name}");
                assert!(got.stdout.contains(official), "{name}: {}", got.stdout);
            }
            Err(message) => assert_reported(&got, 2, &[message]),
        }
    }
}

/// Regression, the inputs cargo-fuzz found in seconds (`and`, and `\xC3and`
/// read with `--lossy`): a line whose last word is "and" makes the extractor
/// index past its words (crates/extract/src/cues.rs, `held_talks_with`).
/// Fixed or not, the run goes on: the article is read, or skipped as an
/// internal error, and never ends the run.
#[test]
fn an_extractor_panic_skips_the_article_not_the_run() {
    let dir = corpus(
        "panic",
        &[
            ("good.txt", GOOD.as_bytes()),
            ("and.txt", b"and"),
            ("lossy.txt", b"\xC3and"),
        ],
    );
    let (got, out) = build("panic", &[OsStr::new("--lossy"), os(&dir)]);
    assert!(!got.stderr.contains("panicked"), "{}", got.stderr);
    let internal = got
        .stderr
        .matches(": internal error while extracting: ")
        .count();
    let read = got.stdout.split(' ').next().unwrap();
    assert_eq!(read, (3 - internal).to_string(), "{}", got.stdout);
    assert_eq!(got.code, i32::from(internal > 0), "{}", got.stderr);
    if internal > 0 {
        assert!(
            got.stderr
                .contains("and.txt: internal error while extracting: ")
                && got
                    .stderr
                    .contains("; a bug in cpec-kg: please report it with this file"),
            "{}",
            got.stderr
        );
    }
    assert_outputs_whole(&out);
}

#[test]
fn outputs_are_byte_identical_across_runs_and_thread_counts() {
    let seeds = seeds();
    let runs: Vec<Vec<(String, Vec<u8>)>> = ["1", "2", "1"]
        .iter()
        .enumerate()
        .map(|(i, threads)| {
            let out = scratch(&format!("threads-{i}"));
            let got = finish(
                cpec_kg()
                    .args(["build", "--threads", threads])
                    .arg(&seeds)
                    .arg("--out")
                    .arg(&out)
                    .output()
                    .unwrap(),
            );
            assert_eq!(got.code, 0, "{got:?}");
            snapshot(&out)
        })
        .collect();
    assert_eq!(runs[0], runs[1]);
    assert_eq!(runs[0], runs[2]);
}
