//! Inline markup in one line: emphasis and code marks dropped, links and
//! images to their text, tags left out, escapes and entities resolved. The
//! pairs of marks are found in one pass, so every scan is linear in the line.

use std::collections::HashMap;

use crate::intake::entities::{self, Context};

/// Marks that pair within one line, found in a single pass.
#[derive(Default)]
struct Pairs {
    /// `[` → its `]`, `(` → its `)`.
    closing: HashMap<usize, usize>,
    /// A backtick run's start → the start of the next run of the same length.
    code: HashMap<usize, usize>,
}

fn pairs(line: &str) -> Pairs {
    let bytes = line.as_bytes();
    let mut pairs = Pairs::default();
    let mut brackets = Vec::new();
    let mut parens = Vec::new();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'[' => brackets.push(i),
            b'(' => parens.push(i),
            b']' => {
                if let Some(open) = brackets.pop() {
                    pairs.closing.insert(open, i);
                }
            }
            b')' => {
                if let Some(open) = parens.pop() {
                    pairs.closing.insert(open, i);
                }
            }
            b'`' => {
                let n = bytes[i..].iter().take_while(|b| **b == b'`').count();
                runs.push((i, n));
                i += n;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    let mut next_of_len: HashMap<usize, usize> = HashMap::new();
    for &(start, n) in runs.iter().rev() {
        if let Some(&next) = next_of_len.get(&n) {
            pairs.code.insert(start, next);
        }
        next_of_len.insert(n, start);
    }
    pairs
}

/// One line's inline markup removed: emphasis, code marks, links to their
/// text, images, tags; escapes and entities resolved.
pub(super) fn inline(line: &str) -> String {
    let line = line
        .strip_suffix('\\')
        .unwrap_or(line)
        .trim_end_matches(' ');
    let pairs = pairs(line);
    let bytes = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    // Where a link's text ends and where to resume after its target.
    let mut resume: HashMap<usize, usize> = HashMap::new();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(&next) = resume.get(&i) {
            i = next;
            continue;
        }
        match bytes[i] {
            b'\\' if bytes.get(i + 1).is_some_and(u8::is_ascii_punctuation) => {
                // An escaped `&` must not start an entity: write it encoded.
                out.push_str(if bytes[i + 1] == b'&' {
                    "&amp;"
                } else {
                    &line[i + 1..i + 2]
                });
                i += 2;
            }
            b'`' => {
                let n = bytes[i..].iter().take_while(|b| **b == b'`').count();
                match pairs.code.get(&i) {
                    Some(&close) => {
                        let code = &line[i + n..close];
                        let code = code
                            .strip_prefix(' ')
                            .and_then(|c| c.strip_suffix(' '))
                            .unwrap_or(code);
                        out.push_str(&code.replace('&', "&amp;"));
                        i = close + n;
                    }
                    None => {
                        out.push_str(&line[i..i + n]);
                        i += n;
                    }
                }
            }
            b'!' if bytes.get(i + 1) == Some(&b'[') => match link_end(&pairs, bytes, i + 1) {
                Some((_, end)) => i = end,
                None => {
                    out.push('!');
                    i += 1;
                }
            },
            b'[' => {
                if let Some((close, end)) = link_end(&pairs, bytes, i) {
                    resume.insert(close, end);
                } else {
                    out.push('[');
                }
                i += 1;
            }
            b'<' => i = angle(line, i, &mut out),
            c @ (b'*' | b'_' | b'~') => {
                let n = bytes[i..].iter().take_while(|b| **b == c).count();
                let before = line[..i].chars().next_back();
                let after = line[i + n..].chars().next();
                if !is_delimiter(c, n, before, after) {
                    out.push_str(&line[i..i + n]);
                }
                i += n;
            }
            _ => {
                let c = line[i..].chars().next().unwrap_or('\u{FFFD}');
                out.push(c);
                i += c.len_utf8().max(1);
            }
        }
    }
    entities::decode(&out, Context::Text)
}

/// For `[` at `open`: the `]` and where the link's target ends, when a
/// target (`(url)` or `[ref]`) follows the text.
fn link_end(pairs: &Pairs, bytes: &[u8], open: usize) -> Option<(usize, usize)> {
    let close = *pairs.closing.get(&open)?;
    match bytes.get(close + 1) {
        Some(b'(' | b'[') => pairs.closing.get(&(close + 1)).map(|&end| (close, end + 1)),
        _ => None,
    }
}

/// At a `<`: an autolink keeps its address, a tag or comment is dropped,
/// anything else is a literal `<`. Returns where to continue.
fn angle(line: &str, i: usize, out: &mut String) -> usize {
    let rest = &line[i + 1..];
    let Some(gt) = rest.find('>') else {
        out.push('<');
        return i + 1;
    };
    let inside = &rest[..gt];
    let starts_tag = inside
        .strip_prefix('/')
        .unwrap_or(inside)
        .starts_with(|c: char| c.is_ascii_alphabetic())
        || inside.starts_with('!');
    let autolink = !inside.contains(char::is_whitespace)
        && (inside.contains("://") || inside.starts_with("mailto:") || inside.contains('@'));
    if autolink {
        out.push_str(inside);
        i + 1 + gt + 1
    } else if starts_tag {
        i + 1 + gt + 1
    } else {
        out.push('<');
        i + 1
    }
}

/// Whether a run of `*`, `_` or `~` is emphasis markup rather than text: it
/// must open or close a word, `_` never inside one, and `~` only as `~~`.
fn is_delimiter(c: u8, n: usize, before: Option<char>, after: Option<char>) -> bool {
    if c == b'~' && n < 2 {
        return false;
    }
    let space = |x: Option<char>| x.is_none_or(char::is_whitespace);
    let word = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
    if space(before) && space(after) {
        return false;
    }
    if word(before) && word(after) {
        return c == b'*';
    }
    true
}
