//! The raw file's lines, and the evidence a line gives on its own: a bare
//! link, a dateline, navigation words, a caption printed twice, a line that
//! runs on into the next.

use std::borrow::Cow;

use foldhash::HashSet;

use crate::engine::lexicon::{Lexicon, lower_case};

/// One trimmed line of the raw file.
#[derive(Debug, Clone, Copy)]
pub(super) struct Line<'a> {
    pub(super) start: usize,
    pub(super) text: &'a str,
}

impl Line<'_> {
    pub(super) fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

pub(super) fn split_lines(raw: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut offset = 0;
    for piece in raw.split_inclusive('\n') {
        let content = piece.trim_end_matches(['\n', '\r']);
        let trimmed_start = content.trim_start();
        let start = offset + (content.len() - trimmed_start.len());
        let text = trimmed_start.trim_end();
        // A BOM or zero-width junk at a line start is not text.
        let skip: usize = text
            .chars()
            .take_while(|c| matches!(c, '\u{feff}' | '\u{200b}' | '\u{200e}' | '\u{200f}'))
            .map(char::len_utf8)
            .sum();
        lines.push(Line {
            start: start + skip,
            text: &text[skip..],
        });
        offset += piece.len();
    }
    lines
}

/// Words of a line: its alphanumeric runs (hyphens kept), lower-cased.
pub(super) fn plain_words(text: &str) -> impl Iterator<Item = Cow<'_, str>> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(lower_case)
}

/// A bare link: after any opening brackets or quotes, it starts with a scheme
/// or "www.". Only the start is looked at, so most words cost one comparison.
pub(super) fn is_url(token: &str) -> bool {
    let t = token.trim_start_matches(is_link_wrapper);
    t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www.")
}

/// Brackets, quotes and separators that may wrap a link.
fn is_link_wrapper(c: char) -> bool {
    matches!(
        c,
        '(' | ')' | '[' | ']' | '<' | '>' | '"' | '\'' | '“' | '”' | '‘' | '’' | ',' | ';'
    )
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A line that only states a date and time, like a dateline under a headline.
fn is_dateline(text: &str) -> bool {
    if text.len() > 80 || !text.chars().any(|c| c.is_ascii_digit()) {
        return false; // a dateline is short and has numbers
    }
    let is_month = |w: &str| MONTHS.contains(&w);
    plain_words(text).nth(10).is_none()
        && plain_words(text).any(|w| is_month(&w))
        && plain_words(text).all(|w| {
            is_month(&w)
                || w.chars().all(|c| c.is_ascii_digit() || c == '-')
                || matches!(
                    &*w,
                    "am" | "pm" | "gmt" | "utc" | "updated" | "published" | "at"
                )
                || w.starts_with("gmt")
                || w.starts_with("utc")
        })
}

/// A line made only of navigation and share-button words.
fn is_navigation(text: &str, lex: &Lexicon) -> bool {
    // Body lines are long: only short ones are worth splitting into words.
    if text.len() > 80 {
        return false;
    }
    plain_words(text).next().is_some()
        && plain_words(text).nth(8).is_none()
        && plain_words(text).all(|w| lex.navigation.contains(&*w))
}

/// Marks the lines that are page debris on their own; returns which to keep.
pub(super) fn drop_debris_lines(lines: &[Line], lex: &Lexicon) -> Vec<bool> {
    let mut seen: HashSet<&str> = HashSet::default();
    lines
        .iter()
        .map(|line| {
            let t = line.text;
            if t.is_empty() {
                return false;
            }
            if t.split_whitespace().all(is_url) || is_navigation(t, lex) || is_dateline(t) {
                return false;
            }
            // Printed twice, like a photo caption; short lines may repeat.
            let long = t.split_whitespace().nth(3).is_some();
            !long || seen.insert(t)
        })
        .collect()
}

pub(super) fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(|c: char| "\"'”’)]»".contains(c) || c.is_whitespace());
    t.ends_with(['.', '!', '?', '…', ':', ';'])
}

/// Hard-wrapped text: lines of similar, moderate length that mostly stop
/// mid-sentence and run on into the next line.
pub(super) fn is_hard_wrapped(lines: &[Line]) -> bool {
    let mut runs_on = 0usize;
    let mut candidates = 0usize;
    let mut longest = 0usize;
    for pair in lines.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        // Only whether a line passes 140 characters or 5 words matters.
        longest = longest.max(a.text.chars().take(141).count());
        if a.text.is_empty() || b.text.is_empty() || a.text.split_whitespace().nth(5).is_none() {
            continue;
        }
        candidates += 1;
        if !ends_sentence(a.text) {
            runs_on += 1;
        }
    }
    candidates >= 3 && longest <= 140 && runs_on * 2 >= candidates
}
