//! A reader's own articles: pasted text or dropped `.txt`, `.md` and `.html`
//! files turned into the engine's [`RawArticle`]s, with a typed error for
//! every input that cannot become one.
//!
//! The browser reads files; this module only sees names, sizes and bytes, so
//! it runs natively in tests and unchanged in wasm. [`check_file`] needs only
//! the size, so the reader can refuse a 20 MB file before reading it.

mod entities;
pub mod html;
mod html_tokens;
pub mod markdown;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::engine::{Metadata, RawArticle};

/// Longest article text accepted: 2 MiB is about 300,000 words, far beyond
/// any news story, and keeps a ten-article corpus analysable in a browser.
pub const MAX_TEXT_BYTES: u64 = 2 * 1024 * 1024;

/// Longest HTML file accepted: pages carry scripts, styles and markup several
/// times the size of their text.
pub const MAX_HTML_BYTES: u64 = 8 * 1024 * 1024;

/// A comparison needs at least this many articles.
pub const MIN_ARTICLES: usize = 2;

/// How a file is read, from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Text,
    Markdown,
    Html,
}

impl Format {
    /// The format a file name's extension says (any case).
    pub fn of_file(name: &str) -> Result<Format, InputError> {
        let extension = name
            .rsplit_once('.')
            .map(|(_, e)| e.to_ascii_lowercase())
            .unwrap_or_default();
        match extension.as_str() {
            "txt" | "text" => Ok(Format::Text),
            "md" | "markdown" => Ok(Format::Markdown),
            "html" | "htm" | "xhtml" => Ok(Format::Html),
            _ => Err(InputError::UnsupportedFormat {
                name: name.to_owned(),
            }),
        }
    }

    /// The largest file of this format accepted.
    pub fn max_bytes(self) -> u64 {
        match self {
            Format::Html => MAX_HTML_BYTES,
            Format::Text | Format::Markdown => MAX_TEXT_BYTES,
        }
    }
}

/// Why an input cannot become an article, or a set of articles a corpus.
/// `name` is the file name, or the title of pasted text.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum InputError {
    #[error("{name}: Parallax reads .txt, .md and .html files")]
    UnsupportedFormat { name: String },
    #[error("{name} is empty")]
    Empty { name: String },
    #[error("{name} is too large ({} KB); the limit is {} KB", .size.div_ceil(1024), .limit / 1024)]
    TooLarge { name: String, size: u64, limit: u64 },
    #[error("{name} is not text: {why}")]
    Binary { name: String, why: &'static str },
    #[error("{name} has no article text once its markup is removed")]
    NothingLeft { name: String },
    #[error("a comparison needs at least two articles; there is {count}")]
    TooFew { count: usize },
    #[error("{name} has the same text as {first}; add a different article")]
    Duplicate { name: String, first: String },
    #[error("{id:?} is not a usable article id (1 to 64 letters, digits, '-' or '_')")]
    BadId { id: String },
    #[error("two articles have the id {id:?}")]
    DuplicateId { id: String },
}

/// Something the reader should know about an article that was accepted.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum InputNotice {
    #[error(
        "{name} is mostly in {script} script; Parallax reads English news, so it will find few links with it"
    )]
    OtherScript { name: String, script: &'static str },
}

/// A notice for text whose letters are mostly not Latin: it is accepted
/// (names and numbers may still link), but the reader should expect little.
pub fn notice(draft: &ArticleDraft) -> Option<InputNotice> {
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut letters = 0usize;
    for c in draft.text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        *counts.entry(script_of(c)).or_default() += 1;
    }
    let latin = counts.remove("Latin").unwrap_or(0);
    if letters == 0 || latin * 2 >= letters {
        return None;
    }
    // The most frequent script; ties go to the name first in order.
    let (script, _) =
        counts.into_iter().fold(
            ("a non-Latin", 0),
            |best, (s, n)| if n > best.1 { (s, n) } else { best },
        );
    Some(InputNotice::OtherScript {
        name: draft.label.clone(),
        script,
    })
}

/// The script of a letter, by Unicode block, for the scripts news is written in.
fn script_of(c: char) -> &'static str {
    match u32::from(c) {
        0x41..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => "Latin",
        0x370..=0x3FF | 0x1F00..=0x1FFF => "Greek",
        0x400..=0x52F => "Cyrillic",
        0x530..=0x58F => "Armenian",
        0x590..=0x5FF => "Hebrew",
        0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => "Arabic",
        0x900..=0x97F => "Devanagari",
        0x980..=0x9FF => "Bengali",
        0xE00..=0xE7F => "Thai",
        0x10A0..=0x10FF => "Georgian",
        0x1100..=0x11FF | 0xAC00..=0xD7AF => "Korean",
        0x3040..=0x30FF => "Japanese",
        0x3400..=0x4DBF | 0x4E00..=0x9FFF => "Chinese",
        _ => "a non-Latin",
    }
}

/// An article the reader supplied, before it is numbered into a corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleDraft {
    /// The file name, or the title of pasted text: names it in messages.
    pub label: String,
    pub meta: Metadata,
    pub text: String,
}

/// Checks a file by name and size alone, before it is read.
pub fn check_file(name: &str, size: u64) -> Result<Format, InputError> {
    let format = Format::of_file(name)?;
    if size == 0 {
        return Err(InputError::Empty {
            name: name.to_owned(),
        });
    }
    check_size(name, size, format.max_bytes())?;
    Ok(format)
}

/// An article from a file's bytes. The title is what the file states
/// (HTML `og:title`, `<h1>` or `<title>`; Markdown front matter or `# heading`),
/// else the file name without its extension, the reader's own label for it.
pub fn from_file(name: &str, bytes: &[u8]) -> Result<ArticleDraft, InputError> {
    let format = check_file(name, bytes.len() as u64)?;
    let raw = decode_text(name, bytes)?;
    let (meta, text) = match format {
        Format::Text => (Metadata::default(), raw),
        Format::Markdown => {
            let md = markdown::reduce(&raw);
            (
                Metadata {
                    title: md.title,
                    ..Metadata::default()
                },
                md.text,
            )
        }
        Format::Html => {
            let page = html::reduce(&raw);
            let meta = Metadata {
                title: page.title,
                outlet: page.outlet,
                date: page.date,
                evidence: None,
            };
            (meta, page.text)
        }
    };
    // `decode_text` refused blank files, so blank text is markup alone.
    if text.trim().is_empty() {
        return Err(InputError::NothingLeft {
            name: name.to_owned(),
        });
    }
    check_size(name, text.len() as u64, MAX_TEXT_BYTES)?;
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem).trim();
    let meta = Metadata {
        title: meta
            .title
            .or_else(|| (!stem.is_empty()).then(|| stem.to_owned())),
        ..meta
    };
    Ok(ArticleDraft {
        label: name.to_owned(),
        meta,
        text,
    })
}

/// An article from pasted text, with the title and outlet the reader typed
/// (blank ones are unknown).
pub fn from_paste(
    text: &str,
    title: Option<&str>,
    outlet: Option<&str>,
) -> Result<ArticleDraft, InputError> {
    let given = |s: Option<&str>| {
        s.map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    let title = given(title);
    let label = title
        .clone()
        .unwrap_or_else(|| "the pasted text".to_owned());
    check_size(&label, text.len() as u64, MAX_TEXT_BYTES)?;
    check_text(&label, text)?;
    Ok(ArticleDraft {
        label,
        meta: Metadata {
            title,
            outlet: given(outlet),
            ..Metadata::default()
        },
        text: normalise_newlines(text.trim_start_matches('\u{FEFF}')),
    })
}

/// Numbers drafts into a corpus (`000`, `001`, ... in order) and checks it.
pub fn corpus(drafts: &[ArticleDraft]) -> Result<Vec<RawArticle>, InputError> {
    if drafts.len() < MIN_ARTICLES {
        return Err(InputError::TooFew {
            count: drafts.len(),
        });
    }
    let mut firsts: BTreeMap<String, &str> = BTreeMap::new();
    for draft in drafts {
        check_text(&draft.label, &draft.text)?;
        if let Some(first) = firsts.insert(normalised(&draft.text), &draft.label) {
            return Err(InputError::Duplicate {
                name: draft.label.clone(),
                first: first.to_owned(),
            });
        }
    }
    Ok(drafts
        .iter()
        .enumerate()
        .map(|(i, d)| RawArticle {
            id: format!("{i:03}"),
            text: d.text.clone(),
            meta: d.meta.clone(),
        })
        .collect())
}

/// Checks articles that arrive whole (from a link or storage): enough of
/// them, usable unique ids, text within limits, no two the same.
pub fn check_corpus(articles: &[RawArticle]) -> Result<(), InputError> {
    if articles.len() < MIN_ARTICLES {
        return Err(InputError::TooFew {
            count: articles.len(),
        });
    }
    let mut ids = BTreeSet::new();
    let mut firsts: BTreeMap<String, String> = BTreeMap::new();
    for a in articles {
        let id_ok = (1..=64).contains(&a.id.len())
            && a.id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !id_ok {
            return Err(InputError::BadId { id: a.id.clone() });
        }
        if !ids.insert(a.id.as_str()) {
            return Err(InputError::DuplicateId { id: a.id.clone() });
        }
        let label = a.meta.title.clone().unwrap_or_else(|| a.id.clone());
        check_size(&label, a.text.len() as u64, MAX_TEXT_BYTES)?;
        check_text(&label, &a.text)?;
        if let Some(first) = firsts.insert(normalised(&a.text), label.clone()) {
            return Err(InputError::Duplicate { name: label, first });
        }
    }
    Ok(())
}

fn check_size(name: &str, size: u64, limit: u64) -> Result<(), InputError> {
    if size > limit {
        return Err(InputError::TooLarge {
            name: name.to_owned(),
            size,
            limit,
        });
    }
    Ok(())
}

/// Refuses text that is empty or that no person wrote: NUL bytes or mostly
/// control characters. Any script is text.
fn check_text(name: &str, text: &str) -> Result<(), InputError> {
    if text.trim().is_empty() {
        return Err(InputError::Empty {
            name: name.to_owned(),
        });
    }
    let binary = |why| InputError::Binary {
        name: name.to_owned(),
        why,
    };
    if text.contains('\0') {
        return Err(binary("it contains NUL bytes, as binary files do"));
    }
    let (mut all, mut control) = (0usize, 0usize);
    for c in text.chars() {
        all += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c') {
            control += 1;
        }
    }
    if control * 10 > all {
        return Err(binary("much of it is control characters"));
    }
    Ok(())
}

/// Bytes as text: UTF-8 (a byte-order mark dropped), or UTF-16 when a
/// byte-order mark says so, as Windows editors save "Unicode" text.
fn decode_text(name: &str, bytes: &[u8]) -> Result<String, InputError> {
    let binary = |why| InputError::Binary {
        name: name.to_owned(),
        why,
    };
    let utf16 = |big_endian: bool| -> Result<String, InputError> {
        let units = bytes[2..].chunks(2).map(|p| match p {
            [a, b] if big_endian => u16::from_be_bytes([*a, *b]),
            [a, b] => u16::from_le_bytes([*a, *b]),
            _ => 0xFFFF,
        });
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|_| binary("it is neither UTF-8 nor valid UTF-16"))
    };
    let text = match bytes {
        [0xFF, 0xFE, ..] => utf16(false)?,
        [0xFE, 0xFF, ..] => utf16(true)?,
        _ if bytes.contains(&0) => return Err(binary("it contains NUL bytes, as binary files do")),
        _ => String::from_utf8(bytes.to_vec())
            .map_err(|_| binary("it is not UTF-8; save it as UTF-8 text"))?,
    };
    let text = normalise_newlines(text.trim_start_matches('\u{FEFF}'));
    check_text(name, &text)?;
    Ok(text)
}

/// `\r\n` and lone `\r` as `\n`.
fn normalise_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_owned();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// The text two copies of one article share: words in lower case, single-spaced.
fn normalised(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// An article with an id, an optional title and a text, for the tests of
/// every module that takes corpora.
#[cfg(test)]
pub(crate) fn test_article(id: &str, title: Option<&str>, text: &str) -> RawArticle {
    RawArticle {
        id: id.to_owned(),
        text: text.to_owned(),
        meta: Metadata {
            title: title.map(str::to_owned),
            ..Metadata::default()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(label: &str, text: &str) -> ArticleDraft {
        ArticleDraft {
            label: label.to_owned(),
            meta: Metadata::default(),
            text: text.to_owned(),
        }
    }

    #[test]
    fn formats_come_from_the_extension() {
        assert_eq!(Format::of_file("a.TXT"), Ok(Format::Text));
        assert_eq!(Format::of_file("a.b.markdown"), Ok(Format::Markdown));
        assert_eq!(Format::of_file("page.htm"), Ok(Format::Html));
        for bad in ["photo.jpg", "README", "archive.html.gz"] {
            assert!(matches!(
                Format::of_file(bad),
                Err(InputError::UnsupportedFormat { .. })
            ));
        }
    }

    #[test]
    fn sizes_are_checked_before_reading() {
        assert_eq!(check_file("a.txt", 10), Ok(Format::Text));
        let err = check_file("big.txt", 20 * 1024 * 1024).unwrap_err();
        assert_eq!(
            err.to_string(),
            "big.txt is too large (20480 KB); the limit is 2048 KB"
        );
        assert_eq!(check_file("page.html", 3 * 1024 * 1024), Ok(Format::Html));
        assert!(matches!(
            check_file("empty.md", 0),
            Err(InputError::Empty { .. })
        ));
    }

    #[test]
    fn binary_and_foreign_encodings_are_named() {
        let cases: [(&[u8], &str); 3] = [
            (b"GIF89a\0\0\x01", "NUL bytes"),
            (b"caf\xe9 cr\xe8me", "not UTF-8"),
            (b"\x01\x02\x03\x04ab", "control characters"),
        ];
        for (bytes, why) in cases {
            let err = from_file("x.txt", bytes).unwrap_err();
            assert!(err.to_string().contains(why), "{err}");
        }
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_read() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Kyiv, 6 January.\r\nTürkiye".encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        let draft = from_file("notes.txt", &bytes).unwrap();
        assert_eq!(draft.text, "Kyiv, 6 January.\nTürkiye");
        assert_eq!(draft.meta.title.as_deref(), Some("notes"));
    }

    #[test]
    fn other_scripts_are_text_with_a_notice() {
        let cases = [
            ("Саммит в Париже.", Some("Cyrillic")),
            ("巴黎峰会。", Some("Chinese")),
            ("قمة باريس.", Some("Arabic")),
            ("Σύνοδος στο Παρίσι, Macron.", Some("Greek")),
            ("Sommet à Paris : Zelensky et Kyiv (Київ).", None),
            ("Türkiye, Straße, Łódź, Việt Nam.", None),
            ("2026 — 35 / 27.", None),
        ];
        for (text, script) in cases {
            let draft = from_paste(text, Some("Story"), None).unwrap();
            let expected = script.map(|script| InputNotice::OtherScript {
                name: "Story".into(),
                script,
            });
            assert_eq!(notice(&draft), expected, "{text}");
        }
        let draft = from_paste("Саммит в Париже.", Some("Story"), None).unwrap();
        assert_eq!(
            notice(&draft).unwrap().to_string(),
            "Story is mostly in Cyrillic script; Parallax reads English news, so it will find few links with it"
        );
    }

    #[test]
    fn html_and_markdown_files_are_reduced_with_their_metadata() {
        let page = b"<title>T</title><meta property=og:site_name content=Daily><script>x()</script><p>Body.</p>";
        let draft = from_file("page.html", page).unwrap();
        assert_eq!(draft.text, "Body.");
        assert_eq!(draft.meta.title.as_deref(), Some("T"));
        assert_eq!(draft.meta.outlet.as_deref(), Some("Daily"));
        let draft = from_file("story.md", b"# Head\n\nSome *text*.").unwrap();
        assert_eq!(draft.text, "Head\n\nSome text.");
        assert_eq!(draft.meta.title.as_deref(), Some("Head"));
        let err = from_file("menu.html", b"<nav>Home</nav><script>x</script>").unwrap_err();
        assert_eq!(
            err.to_string(),
            "menu.html has no article text once its markup is removed"
        );
    }

    #[test]
    fn pasted_text_keeps_what_the_reader_typed() {
        let draft =
            from_paste("\u{FEFF}Line one\r\nline two", Some(" Title "), Some("  ")).unwrap();
        assert_eq!(draft.text, "Line one\nline two");
        assert_eq!(draft.meta.title.as_deref(), Some("Title"));
        assert_eq!(draft.meta.outlet, None);
        assert_eq!(
            from_paste(" \n\t ", None, None).unwrap_err().to_string(),
            "the pasted text is empty"
        );
    }

    #[test]
    fn a_corpus_needs_two_different_articles() {
        assert_eq!(
            corpus(&[draft("a.txt", "Text.")]).unwrap_err().to_string(),
            "a comparison needs at least two articles; there is 1"
        );
        let err =
            corpus(&[draft("a.txt", "Same  text."), draft("b.md", "same text.\n")]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "b.md has the same text as a.txt; add a different article"
        );
        let articles = corpus(&[draft("a.txt", "One."), draft("b.txt", "Two.")]).unwrap();
        let ids: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["000", "001"]);
        assert_eq!(check_corpus(&articles), Ok(()));
    }

    #[test]
    fn a_corpus_from_elsewhere_is_checked_whole() {
        let article = |id: &str, text: &str| RawArticle {
            id: id.to_owned(),
            text: text.to_owned(),
            meta: Metadata::default(),
        };
        let cases = [
            (
                vec![article("a", "x"), article("a", "y")],
                "two articles have the id \"a\"",
            ),
            (
                vec![article("a/b", "x"), article("c", "y")],
                "\"a/b\" is not a usable",
            ),
            (vec![article("a", "x"), article("b", "")], "b is empty"),
            (
                vec![article("a", "x"), article("b", "x\0")],
                "b is not text",
            ),
            (
                vec![article("a", "X y"), article("b", "x  Y")],
                "b has the same text as a",
            ),
        ];
        for (articles, message) in cases {
            let err = check_corpus(&articles).unwrap_err().to_string();
            assert!(err.contains(message), "{err} should contain {message}");
        }
    }
}
