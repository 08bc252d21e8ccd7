//! `parallax compare DIR [--format text|json|csv|markdown]`: compares the
//! articles in a directory (`*.txt`, each with an optional `<stem>.meta.json`)
//! and prints the comparison, in the same formats the reader exports. Files that cannot be read are named on stderr, the rest are
//! still compared, and the exit code is then non-zero.

/// See Cargo.toml: the engine allocates often and briefly. (Only built for
/// wasm32 beside the wasm tests, where it keeps Rust's allocator.)
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::{fs, io};

use parallax::corpus::parse_metadata;
use parallax::engine::{Config, RawArticle, compare, text_report};
use parallax::export;

const USAGE: &str =
    "usage: parallax compare DIR [--format text|json|csv|markdown] [--config TUNING.json]";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Text,
    /// One row per link.
    Csv,
    /// The report with facts, sources and divergences, for people.
    Markdown,
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(Failure::Help) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Err(Failure::Usage(message)) => {
            eprintln!("parallax: {message}");
            ExitCode::from(2)
        }
    }
}

/// Why the command line stopped before comparing.
enum Failure {
    Help,
    Usage(String),
}

impl From<String> for Failure {
    fn from(message: String) -> Failure {
        Failure::Usage(message)
    }
}

/// What the command line was asked to do.
struct Args {
    dir: PathBuf,
    format: Format,
    config: Option<PathBuf>,
}

fn parse_args() -> Result<Args, Failure> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let mut command = None;
    let mut dir = None;
    let mut format = Format::Text;
    let mut config = None;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("format") | Short('f') => {
                let value = parser.value().map_err(|e| e.to_string())?;
                format = match value.to_str() {
                    Some("json") => Format::Json,
                    Some("text") => Format::Text,
                    Some("csv") => Format::Csv,
                    Some("markdown" | "md") => Format::Markdown,
                    _ => {
                        return Err(format!(
                            "unknown format {value:?}: use text, json, csv or markdown"
                        )
                        .into());
                    }
                };
            }
            Long("config") => {
                config = Some(PathBuf::from(parser.value().map_err(|e| e.to_string())?))
            }
            Long("help") | Short('h') => return Err(Failure::Help),
            Value(v) if command.is_none() => command = Some(v.string().map_err(|e| e.to_string())?),
            Value(v) if dir.is_none() => dir = Some(PathBuf::from(v)),
            other => return Err(format!("{}\n{USAGE}", other.unexpected()).into()),
        }
    }
    match (command.as_deref(), dir) {
        (Some("compare"), Some(dir)) => Ok(Args {
            dir,
            format,
            config,
        }),
        (Some("compare"), None) => Err(format!("compare needs a directory\n{USAGE}").into()),
        (Some(other), _) => Err(format!("unknown command {other:?}\n{USAGE}").into()),
        (None, _) => Err(USAGE.to_owned().into()),
    }
}

fn run() -> Result<ExitCode, Failure> {
    let Args {
        dir,
        format,
        config,
    } = parse_args()?;
    let config = match config {
        None => Config::default(),
        Some(path) => {
            let json = fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            serde_json::from_str(&json)
                .map_err(|e| format!("{}: not a valid tuning file: {e}", path.display()))?
        }
    };
    let (articles, mut failures) = read_dir(&dir)?;
    if articles.is_empty() {
        for f in &failures {
            eprintln!("parallax: {f}");
        }
        return Err(format!(
            "no articles to compare in {} (looked for *.txt files)",
            dir.display()
        )
        .into());
    }
    let comparison = compare(&articles, &config);
    for p in &comparison.problems {
        failures.push(format!(
            "{}: {}",
            dir.join(format!("{}.txt", p.source)).display(),
            p.message
        ));
    }
    // A reader that stops early (`| head`) is not an error worth a panic.
    let mut stdout = io::BufWriter::new(io::stdout().lock());
    let written = match format {
        Format::Json => export::json::write(&comparison, &mut stdout).map_err(io::Error::from),
        Format::Text => stdout.write_all(text_report(&comparison).as_bytes()),
        Format::Csv => stdout.write_all(export::csv::export(&comparison).as_bytes()),
        Format::Markdown => stdout.write_all(export::markdown::export(&comparison).as_bytes()),
    }
    .and_then(|()| stdout.flush());
    if let Err(e) = written
        && e.kind() != io::ErrorKind::BrokenPipe
    {
        return Err(format!("cannot write the comparison: {e}").into());
    }
    for f in &failures {
        eprintln!("parallax: {f}");
    }
    Ok(if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Reads every `*.txt` of a directory, in name order. Returns the articles and
/// a message for each file that could not be read.
fn read_dir(dir: &Path) -> Result<(Vec<RawArticle>, Vec<String>), String> {
    let entries =
        fs::read_dir(dir).map_err(|e| format!("cannot read directory {}: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let mut articles = Vec::new();
    let mut failures = Vec::new();
    for path in paths {
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = match fs::read(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(e) => {
                    failures.push(format!(
                        "{}: not UTF-8 text (invalid byte at {})",
                        path.display(),
                        e.utf8_error().valid_up_to()
                    ));
                    continue;
                }
            },
            Err(e) => {
                failures.push(format!("{}: cannot read: {e}", path.display()));
                continue;
            }
        };
        let meta_path = path.with_extension("meta.json");
        let meta = match fs::read_to_string(&meta_path) {
            Ok(json) => parse_metadata(&json).unwrap_or_else(|e| {
                failures.push(format!("{}: {e}", meta_path.display()));
                Default::default()
            }),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Default::default(),
            Err(e) => {
                failures.push(format!("{}: cannot read: {e}", meta_path.display()));
                Default::default()
            }
        };
        articles.push(RawArticle { id, text, meta });
    }
    Ok((articles, failures))
}
