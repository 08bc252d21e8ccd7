//! The comparison as JSON, and back.
//!
//! Export is the engine's own serde shape, the one `parallax compare --format
//! json` prints. Import refuses, each with its own error, what is not JSON, a
//! comparison of another shape version, and one whose cross-references do not
//! hold (a link naming a sentence that is not there, a span past the end of
//! its sentence): the reader indexes by these, so a hand-edited file must not
//! reach it.

use serde::Deserialize;
use thiserror::Error;

use crate::engine::{COMPARISON_VERSION, Comparison, Relation, SentenceRef, Span};

/// Largest file an import reads: a comparison of a hundred long articles is
/// a few megabytes; a file past this is not one.
pub const MAX_IMPORT_BYTES: usize = 64 * 1024 * 1024;

/// Why a file cannot be imported as a comparison.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is too large to be a comparison ({} MB; the limit is {} MB)", .size.div_ceil(1 << 20), .limit >> 20)]
    TooLarge { size: usize, limit: usize },
    #[error("the file is not JSON: {message} (line {line}, column {column})")]
    NotJson {
        message: String,
        line: usize,
        column: usize,
    },
    #[error("the file ends early (line {line}): was it cut short?")]
    Truncated { line: usize },
    #[error(
        "the file was written by another version of Parallax (comparison version {found}; this reader reads version {COMPARISON_VERSION})"
    )]
    UnknownVersion { found: u64 },
    #[error("the file is JSON but not a Parallax comparison: {message}")]
    NotAComparison { message: String },
    #[error("the comparison does not hold together: {what}")]
    Inconsistent { what: String },
}

/// The comparison as pretty-printed JSON with a final newline. Fails only if
/// serde_json cannot write it, which the engine's plain types never cause.
pub fn export(c: &Comparison) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(c).map(|json| json + "\n")
}

/// The same JSON as [`export`], written out as it is made rather than held
/// whole first: the command line's output for corpora of any size.
pub fn write(c: &Comparison, mut to: impl std::io::Write) -> Result<(), serde_json::Error> {
    serde_json::to_writer_pretty(&mut to, c)?;
    to.write_all(b"\n").map_err(serde_json::Error::io)
}

/// Reads a comparison that [`export`] wrote, checked so that every index and
/// span in it can be followed. Never panics, whatever the bytes.
pub fn import(bytes: &[u8]) -> Result<Comparison, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            size: bytes.len(),
            limit: MAX_IMPORT_BYTES,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    // Syntax first (a pass that keeps nothing), then the version, so a newer
    // file is named as such rather than as whatever field it added.
    serde_json::from_slice::<serde::de::IgnoredAny>(bytes).map_err(parse_error)?;
    if bytes.trim_ascii_start().first() != Some(&b'{') {
        return Err(ImportError::NotAComparison {
            message: "it is not a JSON object".to_owned(),
        });
    }
    #[derive(Deserialize)]
    struct Versioned {
        version: Option<u64>,
    }
    let versioned: Versioned = serde_json::from_slice(bytes).map_err(parse_error)?;
    match versioned.version {
        None => {
            return Err(ImportError::NotAComparison {
                message: "it has no \"version\"".to_owned(),
            });
        }
        Some(found) if found != u64::from(COMPARISON_VERSION) => {
            return Err(ImportError::UnknownVersion { found });
        }
        Some(_) => {}
    }
    let comparison: Comparison = serde_json::from_slice(bytes).map_err(parse_error)?;
    check(&comparison).map_err(|what| ImportError::Inconsistent { what })?;
    Ok(comparison)
}

fn parse_error(e: serde_json::Error) -> ImportError {
    use serde_json::error::Category;
    match e.classify() {
        Category::Eof => ImportError::Truncated { line: e.line() },
        Category::Syntax | Category::Io => ImportError::NotJson {
            message: syntax_message(&e),
            line: e.line(),
            column: e.column(),
        },
        Category::Data => ImportError::NotAComparison {
            message: e.to_string(),
        },
    }
}

/// serde_json's message without the position it appends (the error says it).
fn syntax_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    match full.rfind(" at line ") {
        Some(at) => full[..at].to_owned(),
        None => full,
    }
}

/// Checks every reference the reader follows: sentences named by links,
/// facts and quotations exist; links, divergences and facts point at each
/// other consistently; every span lies on character boundaries inside its text.
fn check(c: &Comparison) -> Result<(), String> {
    let mut ids = std::collections::BTreeSet::new();
    for s in &c.sources {
        if !ids.insert(s.id.as_str()) {
            return Err(format!("two sources have the id {:?}", s.id));
        }
        for (i, sentence) in s.sentences.iter().enumerate() {
            let at = || format!("sentence {} #{i}", s.id);
            for q in &sentence.quotations {
                fits(q.span, &sentence.text, at)?;
            }
            for q in &sentence.quantities {
                fits(q.span, &sentence.text, at)?;
            }
        }
    }
    let text_of = |r: &SentenceRef| {
        c.sentence(r)
            .map(|s| s.text.as_str())
            .ok_or_else(|| format!("sentence {} #{} does not exist", r.0, r.1))
    };
    for (k, link) in c.links.iter().enumerate() {
        let (a, b) = (text_of(&link.a)?, text_of(&link.b)?);
        if !link.score.is_finite() {
            return Err(format!("link {k} has no score"));
        }
        match (link.relation, link.divergence) {
            (Relation::Agree, None) => {}
            (Relation::Diverge, Some(d)) if c.divergences.get(d).is_some_and(|d| d.link == k) => {}
            _ => return Err(format!("link {k} and its divergence do not match")),
        }
        if let Some(f) = link.fact
            && !c.facts.get(f).is_some_and(|f| f.links.contains(&k))
        {
            return Err(format!("link {k} names fact {f}, which does not list it"));
        }
        for op in link.diff.iter().flatten() {
            fits(op.a, a, || format!("link {k}"))?;
            fits(op.b, b, || format!("link {k}"))?;
        }
    }
    for (d, divergence) in c.divergences.iter().enumerate() {
        let link = c
            .links
            .get(divergence.link)
            .filter(|l| l.divergence == Some(d))
            .ok_or_else(|| format!("divergence {d} names a link that does not name it"))?;
        let (a, b) = (text_of(&link.a)?, text_of(&link.b)?);
        for &span in &divergence.a_spans {
            fits(span, a, || format!("divergence {d}"))?;
        }
        for &span in &divergence.b_spans {
            fits(span, b, || format!("divergence {d}"))?;
        }
    }
    for (f, fact) in c.facts.iter().enumerate() {
        if fact.id != f {
            return Err(format!("fact {f} has the id {}", fact.id));
        }
        for m in &fact.members {
            text_of(m)?;
        }
        if let Some(k) = fact
            .links
            .iter()
            .find(|&&k| c.links.get(k).is_none_or(|l| l.fact != Some(f)))
        {
            return Err(format!("fact {f} lists link {k}, which is not in it"));
        }
    }
    for (g, group) in c.quotes.iter().enumerate() {
        for q in &group.members {
            let sentence = c
                .sentence(&q.sentence)
                .ok_or_else(|| format!("quote group {g} names a sentence that does not exist"))?;
            if sentence.quotations.get(q.quotation).is_none() {
                return Err(format!(
                    "quote group {g} names a quotation that does not exist"
                ));
            }
            for &span in &q.differs {
                fits(span, &sentence.text, || format!("quote group {g}"))?;
            }
        }
    }
    Ok(())
}

fn fits(span: Span, text: &str, at: impl Fn() -> String) -> Result<(), String> {
    if span.start <= span.end && text.get(span.start..span.end).is_some() {
        Ok(())
    } else {
        Err(format!(
            "{}: bytes {}..{} do not fit its text",
            at(),
            span.start,
            span.end
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Config, compare};

    fn seeds() -> Comparison {
        compare(&crate::corpus::embedded(), &Config::default())
    }

    #[test]
    fn an_export_imports_as_the_same_comparison() {
        let c = seeds();
        assert!(!c.links.is_empty() && !c.divergences.is_empty() && !c.quotes.is_empty());
        let json = export(&c).unwrap();
        assert_eq!(import(json.as_bytes()).unwrap(), c);
        // With a byte-order mark, as some editors save it.
        let bom = [b"\xEF\xBB\xBF".as_slice(), json.as_bytes()].concat();
        assert_eq!(import(&bom).unwrap(), c);
    }

    #[test]
    fn a_file_without_word_diffs_imports_and_they_are_worked_out() {
        let c = seeds();
        let mut lean = c.clone();
        for link in &mut lean.links {
            link.diff = None;
        }
        let json = export(&lean).unwrap();
        assert!(!json.contains("\"diff\""));
        let mut imported = import(json.as_bytes()).unwrap();
        assert_eq!(imported, lean);
        crate::engine::diff::fill(&mut imported, &Config::default());
        assert_eq!(imported, c);
    }

    #[test]
    fn written_as_made_is_the_same_json_as_exported() {
        let c = seeds();
        let mut written = Vec::new();
        write(&c, &mut written).unwrap();
        assert_eq!(written, export(&c).unwrap().into_bytes());
    }

    #[test]
    fn malformed_files_each_get_their_message() {
        let json = export(&seeds()).unwrap();
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (b"".to_vec(), "the file is empty"),
            (b" \n".to_vec(), "the file is empty"),
            (
                b"sources: 3".to_vec(),
                "not JSON: expected value (line 1, column 1)",
            ),
            (json.as_bytes()[..json.len() / 2].to_vec(), "ends early"),
            (
                b"[1, 2]".to_vec(),
                "not a Parallax comparison: it is not a JSON object",
            ),
            (b"{\"sources\": []}".to_vec(), "it has no \"version\""),
            (
                b"{\"version\": \"1\"}".to_vec(),
                "invalid type: string \"1\", expected u64",
            ),
            (
                json.replacen("\"version\": 1", "\"version\": 7", 1)
                    .into_bytes(),
                "another version of Parallax (comparison version 7; this reader reads version 1)",
            ),
            (
                b"{\"version\": 1, \"sources\": []}".to_vec(),
                "not a Parallax comparison: missing field `links`",
            ),
            (vec![b' '; MAX_IMPORT_BYTES + 1], "too large"),
            (
                json.replacen("\"score\": ", "\"score\": \"high\", \"was\": ", 1)
                    .into_bytes(),
                "\"high\" is not a number a double holds",
            ),
            (
                json.replacen("\"score\": ", "\"score\": 1e999, \"was\": ", 1)
                    .into_bytes(),
                "1e999 is not a number a double holds",
            ),
        ];
        for (bytes, message) in cases {
            let err = import(&bytes).unwrap_err().to_string();
            assert!(err.contains(message), "{err:?} should say {message:?}");
        }
    }

    #[test]
    fn broken_references_are_refused() {
        let c = seeds();
        let k = c.divergences[0].link;
        let long = c.sentence(&c.links[k].a).unwrap().text.len();
        type Edit = fn(&mut Comparison, usize, usize);
        let edits: [(Edit, &str); 8] = [
            (|c, _, _| c.links[0].a.1 = 10_000, "does not exist"),
            (|c, _, _| c.links[0].b.0 = "nobody".into(), "does not exist"),
            (|c, k, _| c.links[k].divergence = None, "do not match"),
            (
                |c, _, long| c.divergences[0].a_spans[0].end = long + 1,
                "do not fit",
            ),
            (
                |c, _, _| c.links[0].diff.as_mut().unwrap()[0].a.start = usize::MAX,
                "do not fit",
            ),
            (|c, _, _| c.facts[0].links.push(usize::MAX), "not in it"),
            (|c, _, _| c.quotes[0].members[0].quotation = 99, "quotation"),
            (
                |c, _, _| c.sources[1].id = c.sources[0].id.clone(),
                "two sources",
            ),
        ];
        for (i, (edit, message)) in edits.into_iter().enumerate() {
            let mut broken = c.clone();
            edit(&mut broken, k, long);
            let json = export(&broken).unwrap();
            let err = import(json.as_bytes()).unwrap_err();
            assert!(
                matches!(&err, ImportError::Inconsistent { what } if what.contains(message)),
                "edit {i}: {err}"
            );
        }
    }

    #[test]
    fn a_span_inside_a_character_is_refused() {
        let mut c = seeds();
        let (source, index, at) = c
            .sources
            .iter()
            .enumerate()
            .find_map(|(si, s)| {
                s.sentences.iter().enumerate().find_map(|(i, x)| {
                    let at = x.text.char_indices().find(|(_, ch)| ch.len_utf8() > 1)?.0;
                    Some((si, i, at + 1))
                })
            })
            .expect("the seeds have a non-ASCII character");
        let k = c
            .links
            .iter()
            .position(|l| l.a == SentenceRef(c.sources[source].id.as_str().into(), index))
            .unwrap_or(0);
        c.links[k].a = SentenceRef(c.sources[source].id.as_str().into(), index);
        c.links[k].diff = Some(vec![crate::engine::DiffOp {
            tag: crate::engine::DiffTag::Equal,
            a: Span { start: 0, end: at },
            b: Span { start: 0, end: 0 },
        }]);
        let err = import(export(&c).unwrap().as_bytes()).unwrap_err();
        assert!(err.to_string().contains("do not fit"), "{err}");
    }
}
