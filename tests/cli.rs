//! The command line as a newsroom pipeline runs it: `parallax compare DIR`.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(path: &str) -> PathBuf {
    root().join("tests/fixtures").join(path)
}

fn parallax(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A fresh directory under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    /// Holds copies of every file of the given fixture folders.
    fn with(fixture_dirs: &[&str]) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("parallax-cli-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        for name in fixture_dirs {
            for entry in fs::read_dir(fixture(name)).unwrap() {
                let path = entry.unwrap().path();
                fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
            }
        }
        TempDir(dir)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn seeds_dir() -> String {
    root().join("seeds").to_str().unwrap().to_owned()
}

fn json_of(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}\nstderr: {}",
            text(&out.stdout),
            text(&out.stderr)
        )
    })
}

fn source_ids(json: &Value) -> Vec<&str> {
    json["sources"]
        .as_array()
        .expect("sources is an array")
        .iter()
        .map(|s| s["id"].as_str().expect("a source has a string id"))
        .collect()
}

/// A `[source id, sentence index]` pair naming a real sentence.
fn assert_sentence_ref(json: &Value, at: &Value) {
    let pair = at.as_array().expect("a link end is [id, index]");
    assert_eq!(pair.len(), 2, "{at}");
    let (id, index) = (pair[0].as_str().unwrap(), pair[1].as_u64().unwrap());
    let source = json["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id)
        .unwrap_or_else(|| panic!("{at} names no source"));
    assert!(source["sentences"].get(index as usize).is_some(), "{at}");
}

#[test]
fn the_seeds_compare_to_json_with_the_contract_fields() {
    let out = parallax(&["compare", &seeds_dir(), "--format", "json"]);
    assert!(out.status.success(), "stderr: {}", text(&out.stderr));
    let json = json_of(&out);
    assert_eq!(source_ids(&json).len(), 5);
    for source in json["sources"].as_array().unwrap() {
        let sentences = source["sentences"].as_array().unwrap();
        assert!(!sentences.is_empty());
        for s in sentences {
            assert!(!s["text"].as_str().unwrap().is_empty());
        }
    }
    let links = json["links"].as_array().unwrap();
    assert!(!links.is_empty(), "the seeds report shared facts");
    for link in links {
        assert_sentence_ref(&json, &link["a"]);
        assert_sentence_ref(&json, &link["b"]);
        assert!(
            matches!(link["relation"].as_str(), Some("agree" | "diverge")),
            "{}",
            link["relation"]
        );
    }
}

#[test]
fn the_text_format_is_a_readable_report() {
    let out = parallax(&["compare", &seeds_dir(), "--format", "text"]);
    assert!(out.status.success(), "stderr: {}", text(&out.stderr));
    let report = text(&out.stdout);
    assert!(report.starts_with("5 sources"), "{report}");
    assert!(report.contains("SOURCES") && report.contains("FACTS"));
    assert!(report.contains("Türkiye Today"), "outlets are named");
    for id in ["000_8b419962fdaa4cf7", "004_34ebf2c4cf600de0"] {
        assert!(report.contains(id), "{id} missing");
    }
    assert!(serde_json::from_str::<Value>(&report).is_err());
    // Text is the default.
    let default = parallax(&["compare", &seeds_dir()]);
    assert_eq!(text(&default.stdout), report);
}

#[test]
fn csv_has_one_row_per_link_and_markdown_lists_every_fact() {
    let seeds = seeds_dir();
    let json = json_of(&parallax(&["compare", &seeds, "--format", "json"]));
    let links = json["links"].as_array().unwrap();

    let out = parallax(&["compare", &seeds, "--format", "csv"]);
    assert!(out.status.success(), "stderr: {}", text(&out.stderr));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, parallax::export::csv::HEADER);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), links.len());
    for (row, link) in rows.iter().zip(links) {
        assert_eq!(row[2], *link["a"][0].as_str().unwrap());
        assert_eq!(row[3], link["a"][1].to_string());
        assert_eq!(row[5], *link["b"][0].as_str().unwrap());
        assert_eq!(row[8], *link["relation"].as_str().unwrap());
    }
    let diverging = rows.iter().filter(|r| &r[8] == "diverge").count();
    assert_eq!(diverging, json["divergences"].as_array().unwrap().len());

    let out = parallax(&["compare", &seeds, "--format", "markdown"]);
    assert!(out.status.success(), "stderr: {}", text(&out.stderr));
    let report = text(&out.stdout);
    assert!(report.starts_with("# Parallax comparison\n"), "{report}");
    assert_eq!(
        report.matches("\n### ").count(),
        json["facts"].as_array().unwrap().len()
    );
    assert!(report.contains("Türkiye Today"), "outlets are named");
    assert_eq!(
        text(&parallax(&["compare", &seeds, "-f", "md"]).stdout),
        report
    );
}

#[test]
fn the_fixture_articles_compare_with_their_metadata() {
    let out = parallax(&[
        "compare",
        fixture("articles").to_str().unwrap(),
        "-f",
        "json",
    ]);
    assert!(out.status.success(), "stderr: {}", text(&out.stderr));
    let json = json_of(&out);
    assert_eq!(source_ids(&json), ["alpha", "beta"]);
    assert_eq!(json["sources"][0]["meta"]["outlet"], "The Border Courier");
    assert!(json["sources"][1]["meta"].get("outlet").is_none());
}

#[test]
fn a_directory_without_articles_is_an_error() {
    let dir = TempDir::with(&[]);
    fs::write(dir.0.join("notes.md"), "Not an article.\n").unwrap();
    let out = parallax(&["compare", dir.path()]);
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("no articles to compare"), "{err}");
    assert!(err.contains(dir.path()), "names the directory: {err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn bad_files_are_named_and_the_good_ones_still_compared() {
    let dir = TempDir::with(&["articles", "broken"]);
    let out = parallax(&["compare", dir.path(), "--format", "json"]);
    assert!(
        !out.status.success(),
        "bad files make the exit code non-zero"
    );
    let err = text(&out.stderr);
    assert!(err.contains("empty.txt"), "{err}");
    assert!(err.contains("latin1.txt") && err.contains("UTF-8"), "{err}");
    assert!(!err.contains("alpha") && !err.contains("beta"), "{err}");
    let json = json_of(&out);
    assert_eq!(source_ids(&json), ["alpha", "beta"]);
}

#[test]
fn a_broken_metadata_sidecar_is_named_and_its_article_still_compared() {
    let dir = TempDir::with(&["articles", "bad-meta"]);
    let out = parallax(&["compare", dir.path(), "--format", "json"]);
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("gamma.meta.json"), "{err}");
    let json = json_of(&out);
    assert_eq!(source_ids(&json), ["alpha", "beta", "gamma"]);
}

#[test]
fn a_missing_directory_is_an_error() {
    let missing = std::env::temp_dir().join("parallax-cli-no-such-dir");
    let out = parallax(&["compare", missing.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("parallax-cli-no-such-dir"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn bad_arguments_print_the_usage_and_fail() {
    let seeds = seeds_dir();
    let cases: &[(&[&str], &str)] = &[
        (&[], "usage"),
        (&["compare"], "needs a directory"),
        (&["frobnicate", &seeds], "unknown command"),
        (&["compare", &seeds, "--format", "xml"], "unknown format"),
        (&["compare", &seeds, "--format"], "--format"),
        (&["compare", &seeds, "--bogus"], "--bogus"),
        (&["compare", &seeds, &seeds], "unexpected argument"),
    ];
    for (args, says) in cases {
        let out = parallax(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = text(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn a_bad_tuning_file_is_named_with_what_is_wrong() {
    let articles = fixture("articles");
    let cases = [
        ("truncated.json", "not a valid tuning file"),
        ("unknown-field.json", "link_treshold"),
        ("wrong-type.json", "invalid type"),
        ("missing.json", "cannot read"),
    ];
    for (file, says) in cases {
        let config = fixture("config").join(file);
        let out = parallax(&[
            "compare",
            articles.to_str().unwrap(),
            "--config",
            config.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(2), "{file}");
        let err = text(&out.stderr);
        assert!(err.contains(file) && err.contains(says), "{file}: {err}");
        assert!(out.stdout.is_empty(), "{file}");
    }
}

#[test]
fn a_tuning_file_changes_the_comparison() {
    let seeds = seeds_dir();
    let default = json_of(&parallax(&["compare", &seeds, "--format", "json"]));
    let strict = fixture("config/strict.json");
    let out = parallax(&[
        "compare",
        &seeds,
        "--format",
        "json",
        "--config",
        strict.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "stderr: {}", text(&out.stderr));
    let strict = json_of(&out);
    let links = |j: &Value| j["links"].as_array().unwrap().len();
    assert!(links(&strict) < links(&default));
}

#[test]
fn a_closed_stdout_is_not_a_panic() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(["compare", &seeds_dir(), "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The JSON is larger than a pipe buffer: the writer is still writing.
    drop(child.stdout.take());
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(!err.contains("panicked"), "{err}");
    assert_ne!(status.code(), Some(101), "{err}");
}
